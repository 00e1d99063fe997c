package mx.gob.qroo.rppc.planning.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.planning.domain.LandUsePlan;
import mx.gob.qroo.rppc.planning.domain.ParcelZoning;
import mx.gob.qroo.rppc.planning.domain.ParcelZoning.ZoneShare;
import mx.gob.qroo.rppc.planning.domain.PlanKind;
import mx.gob.qroo.rppc.planning.domain.PlanZone;
import mx.gob.qroo.rppc.planning.domain.UgaPolicy;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/** Reading plan versions, their zones and a parcel's zoning. */
final class PlanReads {

  private static final String PLAN =
      "select l.id, l.plan_key, l.version, l.name, l.kind, l.municipality, l.valid_from,"
          + " l.valid_to, l.source_document, l.import_id, l.published_at, l.published_by,"
          + " (select count(*) from planning.plan_zone z where z.plan_id = l.id)"
          + " from planning.land_use_plan l";

  private static final String IN_FORCE =
      " l.valid_from <= ? and (l.valid_to is null or l.valid_to >= ?)";

  private static final String ZONE =
      "z.id, z.code, z.name, z.allowed_uses, z.conditional_uses, z.prohibited_uses,"
          + " z.density_du_ha, z.cos, z.cus, z.max_height_m, z.uga_policy, z.criteria, z.area_m2";

  private PlanReads() {}

  static List<LandUsePlan> plans(Connection c, LocalDate day) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            PLAN + (day == null ? "" : " where" + IN_FORCE) + " order by l.plan_key, l.version")) {
      if (day != null) {
        s.setObject(1, day);
        s.setObject(2, day);
      }
      List<LandUsePlan> plans = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          plans.add(plan(rs, 1));
        }
      }
      return plans;
    }
  }

  static Optional<LandUsePlan> plan(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(PLAN + " where l.id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(plan(rs, 1)) : Optional.empty();
      }
    }
  }

  static List<PlanZone> zones(Connection c, long planId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select " + ZONE + " from planning.plan_zone z where z.plan_id = ? order by z.code")) {
      s.setLong(1, planId);
      List<PlanZone> zones = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          zones.add(zone(rs, 1));
        }
      }
      return zones;
    }
  }

  /**
   * The parcel version that had the key on the day (the latest, if it changed that day), else (the
   * day is before the parcel was surveyed) the current one, else the last one; the zones of the
   * plan versions in force on the day.
   */
  static Optional<ParcelZoning> parcelZoning(Connection c, String cadastralKey, LocalDate day)
      throws SQLException {
    long parcelId;
    String municipality;
    BigDecimal area;
    OffsetDateTime validFrom;
    try (PreparedStatement s = c.prepareStatement(CadastreReadModel.PARCEL_ON_DAY)) {
      s.setString(1, cadastralKey);
      s.setObject(2, day);
      s.setObject(3, day);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        parcelId = rs.getLong(1);
        municipality = rs.getString(2);
        area = rs.getBigDecimal(3);
        validFrom = rs.getObject(4, OffsetDateTime.class);
      }
    }
    List<ZoneShare> zones = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select pz.area_m2, pz.share, "
                + ZONE
                + ", l.id, l.plan_key, l.version, l.name, l.kind, l.municipality, l.valid_from,"
                + " l.valid_to, l.source_document, l.import_id, l.published_at, l.published_by,"
                + " (select count(*) from planning.plan_zone c where c.plan_id = l.id)"
                + " from planning.parcel_zone pz join planning.plan_zone z on z.id = pz.zone_id"
                + " join planning.land_use_plan l on l.id = pz.plan_id"
                + " where pz.parcel_id = ? and"
                + IN_FORCE
                + " order by l.kind, l.plan_key, pz.share desc, z.code")) {
      s.setLong(1, parcelId);
      s.setObject(2, day);
      s.setObject(3, day);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          zones.add(
              new ZoneShare(plan(rs, 16), zone(rs, 3), rs.getBigDecimal(1), rs.getBigDecimal(2)));
        }
      }
    }
    List<String> folios = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(CadastreReadModel.FOLIOS_OF_PARCEL)) {
      s.setLong(1, parcelId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          folios.add(rs.getString(1));
        }
      }
    }
    return Optional.of(
        new ParcelZoning(
            cadastralKey,
            municipality,
            area,
            validFrom.toInstant(),
            day,
            List.copyOf(zones),
            List.copyOf(folios)));
  }

  private static LandUsePlan plan(ResultSet rs, int first) throws SQLException {
    int i = first;
    return new LandUsePlan(
        rs.getLong(i),
        rs.getString(i + 1),
        rs.getInt(i + 2),
        rs.getString(i + 3),
        PlanKind.valueOf(rs.getString(i + 4)),
        rs.getString(i + 5),
        rs.getObject(i + 6, LocalDate.class),
        rs.getObject(i + 7, LocalDate.class),
        rs.getString(i + 8),
        rs.getLong(i + 9),
        rs.getObject(i + 10, OffsetDateTime.class).toInstant(),
        rs.getString(i + 11),
        rs.getInt(i + 12));
  }

  private static PlanZone zone(ResultSet rs, int first) throws SQLException {
    int i = first;
    String policy = rs.getString(i + 10);
    return new PlanZone(
        rs.getLong(i),
        rs.getString(i + 1),
        rs.getString(i + 2),
        Jdbc.texts(rs.getArray(i + 3)),
        Jdbc.texts(rs.getArray(i + 4)),
        Jdbc.texts(rs.getArray(i + 5)),
        rs.getBigDecimal(i + 6),
        rs.getBigDecimal(i + 7),
        rs.getBigDecimal(i + 8),
        rs.getBigDecimal(i + 9),
        policy == null ? null : UgaPolicy.valueOf(policy),
        Jdbc.texts(rs.getArray(i + 11)),
        rs.getBigDecimal(i + 12));
  }
}
