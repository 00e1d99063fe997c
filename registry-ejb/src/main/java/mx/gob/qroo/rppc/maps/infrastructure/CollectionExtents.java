package mx.gob.qroo.rppc.maps.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The collections' extents (minLon, minLat, maxLon, maxLat), computed once per data version of
 * their layers ({@code cadastre.map_layer_version}, raised by triggers on every change, whoever
 * makes it) rather than by a scan on each landing or collections page: each request reads the
 * versions (one row each) and only a changed layer is scanned again. Per node; the versions keep
 * nodes in step.
 */
@ApplicationScoped
public class CollectionExtents {

  /**
   * The extents of every layer as of the versions they were computed at; null for an empty layer,
   * and no entry for a plan version without zones.
   */
  record Snapshot(
      Map<String, Long> versions,
      double[] municipalities,
      double[] parcels,
      Map<Long, double[]> zonesByPlan) {}

  private volatile Snapshot held = new Snapshot(Map.of(), null, null, Map.of());

  /** The extents as of the layers' current versions, scanning only the layers that changed. */
  Snapshot current(Connection c) throws SQLException {
    Map<String, Long> versions = versions(c);
    Snapshot snapshot = held;
    if (versions.equals(snapshot.versions())) {
      return snapshot;
    }
    // computed from the versions read before the scans: a change meanwhile is picked up next time
    snapshot =
        new Snapshot(
            versions,
            same(snapshot, versions, "municipalities")
                ? snapshot.municipalities()
                : municipalitiesExtent(c),
            same(snapshot, versions, "parcels") ? snapshot.parcels() : parcelsExtent(c),
            same(snapshot, versions, "zones") ? snapshot.zonesByPlan() : zoneExtents(c));
    held = snapshot;
    return snapshot;
  }

  private static boolean same(Snapshot snapshot, Map<String, Long> versions, String layer) {
    return versions.get(layer) != null
        && versions.get(layer).equals(snapshot.versions().get(layer));
  }

  private static Map<String, Long> versions(Connection c) throws SQLException {
    Map<String, Long> versions = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement("select layer, version from cadastre.map_layer_version");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        versions.put(rs.getString(1), rs.getLong(2));
      }
    }
    return versions;
  }

  private static double[] municipalitiesExtent(Connection c) throws SQLException {
    return extent(
        c,
        "select ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 6371), 4326)"
            + " from cadastre.municipality");
  }

  /** The planner's estimate: exact enough for an extent, and free on a million parcels. */
  private static double[] parcelsExtent(Connection c) throws SQLException {
    return extent(
        c,
        "select ST_Transform(ST_SetSRID(coalesce(ST_EstimatedExtent('cadastre',"
            + " 'parcel', 'geom'), (select ST_Extent(geom) from cadastre.parcel"
            + " where retired_at is null))::geometry, 6371), 4326)");
  }

  private static Map<Long, double[]> zoneExtents(Connection c) throws SQLException {
    Map<Long, double[]> extents = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "select plan_id, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select"
                    + " plan_id, ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 6371), 4326)"
                    + " e from planning.plan_zone group by plan_id) x");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        extents.put(rs.getLong(1), box(rs));
      }
    }
    return Map.copyOf(extents);
  }

  private static double[] extent(Connection c, String sql) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from ("
                    + sql
                    + ") x(e) where e is not null");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? box(rs) : null;
    }
  }

  private static double[] box(ResultSet rs) throws SQLException {
    int first = rs.getMetaData().getColumnCount() - 3;
    return new double[] {
      rs.getDouble(first), rs.getDouble(first + 1), rs.getDouble(first + 2), rs.getDouble(first + 3)
    };
  }
}
