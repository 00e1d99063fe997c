package mx.gob.qroo.rppc.planning.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The overlay of parcels with plan zones, set-based in PostGIS: one statement pairs every current
 * parcel with every zone of every plan version (a plan's earlier versions too, so "the zoning on
 * date D" can be asked of today's parcel), and every retired parcel with the plan versions in force
 * while it lived, with the area of their intersection (the parcel's own area when the zone covers
 * it, which spares computing the intersection) and its share of the parcel. Touching boundaries and
 * slivers that round to 0.00 m² are no overlap.
 */
final class ZoningOverlay {

  /**
   * The rows of the overlay for the pairs the condition selects ({@code p} parcel, {@code l} plan).
   */
  static final String PAIRS =
      "insert into planning.parcel_zone (parcel_id, zone_id, plan_id, area_m2, share)"
          + " select o.parcel_id, o.zone_id, o.plan_id, round(o.area::numeric, 2),"
          + " least(1, round((o.area / o.parcel_area)::numeric, 6))"
          + " from (select p.id as parcel_id, z.id as zone_id, z.plan_id, ST_Area(p.geom) as parcel_area,"
          + " case when ST_CoveredBy(p.geom, z.geom) then ST_Area(p.geom)"
          + " else ST_Area(ST_Intersection(p.geom, z.geom)) end as area"
          + " from planning.plan_zone z"
          + " join planning.land_use_plan l on l.id = z.plan_id"
          + CadastreReadModel.PARCELS_MEETING_ZONE
          + " where (p.retired_at is null or p.retired_at >= l.valid_from) and %s) o"
          + " where round(o.area::numeric, 2) > 0 and round((o.area / o.parcel_area)::numeric, 6) > 0";

  private ZoningOverlay() {}

  /** Overlays a newly published plan version. */
  static int plan(Connection connection, long planId) throws SQLException {
    return run(connection, PAIRS.formatted("l.id = ?"), planId);
  }

  /** Overlays the parcels an import added with every plan version. */
  static int parcelsOf(Connection connection, long importId) throws SQLException {
    return run(connection, PAIRS.formatted("p.import_id = ?"), importId);
  }

  /** Overlays these parcel versions with every plan version. */
  static int parcels(Connection connection, java.util.List<Long> parcelIds) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(PAIRS.formatted("p.id = any(?)"))) {
      s.setArray(1, connection.createArrayOf("bigint", parcelIds.toArray()));
      return s.executeUpdate();
    }
  }

  /** Recomputes all of it. */
  static long all(Connection connection) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("delete from planning.parcel_zone")) {
      s.executeUpdate();
    }
    try (PreparedStatement s = connection.prepareStatement(PAIRS.formatted("true"))) {
      return s.executeLargeUpdate();
    }
  }

  private static int run(Connection connection, String sql, long id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setLong(1, id);
      return s.executeUpdate();
    }
  }
}
