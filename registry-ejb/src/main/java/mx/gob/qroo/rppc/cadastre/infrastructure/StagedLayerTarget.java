package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Where a staged layer goes when another context owns it (the zones of a land-use plan): the fields
 * it needs, the checks it adds to the importer's own, and its publication. The staged table is
 * {@code gis_staging.<table>}, aliased {@code s} in the checks; {@code columns} are the attributes
 * it has.
 */
public interface StagedLayerTarget {

  /** Attributes the layer must have besides its key and name. */
  List<String> requiredFields();

  /**
   * A query giving, for each feature the target refuses, three text columns: the feature (use
   * {@code feature}, an expression of the key or the source row), the reason and a WKT location or
   * null.
   */
  String problemsQuery(String table, Set<String> columns, String feature);

  /**
   * Publishes the checked layer; {@code geometry} is the feature's geometry as a MultiPolygon in
   * EPSG:6371. Returns how many features (zones) it published.
   */
  int publish(
      Connection connection, String table, Set<String> columns, String geometry, long importId)
      throws SQLException;
}
