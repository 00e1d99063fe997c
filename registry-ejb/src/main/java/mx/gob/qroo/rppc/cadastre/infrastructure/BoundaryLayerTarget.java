package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.spatial.infrastructure.StagedLayerTarget;

/**
 * INEGI's municipalities and localities: a municipalities layer replaces them all, a localities
 * layer replaces the localities of the municipalities it covers.
 */
final class BoundaryLayerTarget implements StagedLayerTarget {

  private final SpatialLayer layer;
  private final FieldMapping mapping;

  BoundaryLayerTarget(SpatialLayer layer, FieldMapping mapping) {
    if (layer != SpatialLayer.MUNICIPALITIES && layer != SpatialLayer.LOCALITIES) {
      throw new IllegalArgumentException("not a boundary layer: " + layer);
    }
    this.layer = layer;
    this.mapping = mapping;
  }

  @Override
  public int publish(
      Connection connection, String table, Set<String> columns, String geometry, long importId)
      throws SQLException {
    String source =
        " select s."
            + mapping.keyField()
            + ", s."
            + mapping.nameField()
            + ", "
            + geometry
            + ", "
            + importId
            + " from gis_staging."
            + table
            + " s";
    try (Statement s = connection.createStatement()) {
      // one publication of a layer at a time: a second import waits and then replaces the first
      s.execute("select pg_advisory_xact_lock(hashtextextended('layer:" + layer + "', 0))");
      if (layer == SpatialLayer.MUNICIPALITIES) {
        s.execute("delete from cadastre.municipality");
        return s.executeUpdate(
            "insert into cadastre.municipality (cvegeo, name, geom, import_id)" + source);
      }
      s.execute(
          "delete from cadastre.locality where municipality in (select distinct left("
              + mapping.keyField()
              + ", 5) from gis_staging."
              + table
              + ")");
      return s.executeUpdate(
          "insert into cadastre.locality (cvegeo, name, geom, import_id)" + source);
    }
  }
}
