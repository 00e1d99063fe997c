package mx.gob.qroo.rppc.spatial.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Where a staged layer goes: the context that owns the layer (the cadastre's parcels and INEGI
 * boundaries, a land-use plan's zones) says which fields it needs, which checks it adds to the
 * importer's own, and publishes it in its own tables. The staged table is {@code
 * gis_staging.<table>}, aliased {@code s} in the checks; {@code columns} are the attributes it has.
 */
public interface StagedLayerTarget {

  /** The CRS every published layer is stored in: EPSG:6371, Mexico ITRF2008 / UTM zone 16N. */
  int STORAGE_SRID = 6371;

  /** Attributes the layer must have besides its key and name. */
  default List<String> requiredFields() {
    return List.of();
  }

  /**
   * A query giving, for each feature the target refuses, three text columns: the feature (use
   * {@code feature}, an expression of the key or the source row), the reason and a WKT location or
   * null; null when the target adds no check.
   */
  default String problemsQuery(String table, Set<String> columns, String feature) {
    return null;
  }

  /**
   * Publishes the checked layer; {@code geometry} is the feature's geometry as a MultiPolygon in
   * {@link #STORAGE_SRID}. Returns how many features it published.
   */
  int publish(
      Connection connection, String table, Set<String> columns, String geometry, long importId)
      throws SQLException;
}
