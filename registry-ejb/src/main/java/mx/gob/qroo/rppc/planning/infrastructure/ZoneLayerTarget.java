package mx.gob.qroo.rppc.planning.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.gob.qroo.rppc.planning.domain.PlanKind;
import mx.gob.qroo.rppc.planning.domain.PlanPublication;
import mx.gob.qroo.rppc.planning.domain.ZoneFieldMapping;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.infrastructure.StagedLayerTarget;

/**
 * The zones of a new plan version, from a staged zoning layer: checks the norms (numbers where
 * numbers go, COS within 0 to 1, a known UGA policy, one set of norms per zone code), then writes
 * the version and its zones, one zone per code (the union of its features).
 */
final class ZoneLayerTarget implements StagedLayerTarget {

  private static final String NUMBER = "'^[0-9]+([.][0-9]+)?$'";

  private final PlanPublication publication;
  private final int version;
  private final FieldMapping keys;
  private final ZoneFieldMapping norms;
  private final String actor;
  private final Instant now;
  private long planId;

  ZoneLayerTarget(
      PlanPublication publication,
      int version,
      FieldMapping keys,
      ZoneFieldMapping norms,
      String actor,
      Instant now) {
    this.publication = publication;
    this.version = version;
    this.keys = keys;
    this.norms = norms;
    this.actor = actor;
    this.now = now;
  }

  /** The id of the plan version written by {@link #publish}, else 0. */
  long planId() {
    return planId;
  }

  @Override
  public List<String> requiredFields() {
    return norms.requiredFor(publication.kind());
  }

  @Override
  public String problemsQuery(String table, Set<String> columns, String feature) {
    String from = " from gis_staging." + table + " s where ";
    List<String> checks = new ArrayList<>();
    for (String norm : List.of("densidad", "cos", "cus", "altura_max")) {
      String field = norms.field(norm);
      if (!columns.contains(field)) {
        continue;
      }
      String value = "nullif(" + number(field) + ", '')";
      checks.add(
          "select "
              + feature
              + ", '"
              + norm
              + " no es un número: ' || s."
              + field
              + "::text, null::text"
              + from
              + value
              + " !~ "
              + NUMBER);
      String range =
          switch (norm) {
            case "cos" -> "::numeric > 1";
            case "altura_max" -> "::numeric = 0";
            default -> null;
          };
      if (range != null) {
        checks.add(
            "select "
                + feature
                + ", '"
                + norm
                + " fuera de rango: ' || s."
                + field
                + "::text, null::text"
                + from
                + value
                + " ~ "
                + NUMBER
                + " and "
                + value
                + range);
      }
    }
    String policy = norms.field("politica");
    if (publication.kind() == PlanKind.POEL) {
      checks.add(
          "select "
              + feature
              + ", case when nullif(btrim(s."
              + policy
              + "::text), '') is null then 'falta la política de la UGA'"
              + " else 'política de UGA desconocida: ' || s."
              + policy
              + "::text end, null::text"
              + from
              + policy(policy)
              + " is null");
    }
    List<String> attributes = new ArrayList<>(List.of("s." + keys.nameField() + "::text"));
    for (String norm : ZoneFieldMapping.NORMS) {
      if (columns.contains(norms.field(norm))) {
        attributes.add("s." + norms.field(norm) + "::text");
      }
    }
    checks.add(
        "select s."
            + keys.keyField()
            + "::text, 'la clave tiene nombre o normas distintos en sus polígonos', null::text"
            + " from gis_staging."
            + table
            + " s group by 1 having count(distinct row("
            + String.join(", ", attributes)
            + ")::text) > 1");
    return "select * from (" + String.join(" union all ", checks) + ") p order by 1, 2";
  }

  @Override
  public int publish(
      Connection connection, String table, Set<String> columns, String geometry, long importId)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into planning.land_use_plan (plan_key, version, name, kind, municipality,"
                + " valid_from, valid_to, source_document, import_id, published_at, published_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
      s.setString(1, publication.planKey());
      s.setInt(2, version);
      s.setString(3, publication.name());
      s.setString(4, publication.kind().name());
      s.setString(5, publication.municipality());
      s.setDate(6, Date.valueOf(publication.validFrom()));
      s.setDate(7, publication.validTo() == null ? null : Date.valueOf(publication.validTo()));
      s.setString(8, publication.sourceDocument());
      s.setLong(9, importId);
      s.setTimestamp(10, Timestamp.from(now));
      s.setString(11, actor);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        planId = rs.getLong(1);
      }
    }
    // the version before, if still open on the new version's first day, ends the day before it
    try (PreparedStatement s =
        connection.prepareStatement(
            "update planning.land_use_plan set valid_to = ? where plan_key = ? and id <> ?"
                + " and (valid_to is null or valid_to >= ?)")) {
      s.setDate(1, Date.valueOf(publication.validFrom().minusDays(1)));
      s.setString(2, publication.planKey());
      s.setLong(3, planId);
      s.setDate(4, Date.valueOf(publication.validFrom()));
      s.executeUpdate();
    }
    String sql =
        "insert into planning.plan_zone (plan_id, code, name, allowed_uses, conditional_uses,"
            + " prohibited_uses, density_du_ha, cos, cus, max_height_m, uga_policy, criteria, geom)"
            + " select "
            + planId
            + ", z.code, min(z.name), min(z.allowed), min(z.conditional), min(z.prohibited),"
            + " min(z.density), min(z.cos), min(z.cus), min(z.height), min(z.policy),"
            + " min(z.criteria), ST_Multi(ST_CollectionExtract(ST_Union(z.geom), 3))"
            + " from (select s."
            + keys.keyField()
            + "::text as code, btrim(s."
            + keys.nameField()
            + "::text) as name, "
            + list(columns, "usos_perm")
            + " as allowed, "
            + list(columns, "usos_cond")
            + " as conditional, "
            + list(columns, "usos_proh")
            + " as prohibited, "
            + numeric(columns, "densidad")
            + " as density, "
            + numeric(columns, "cos")
            + " as cos, "
            + numeric(columns, "cus")
            + " as cus, "
            + numeric(columns, "altura_max")
            + " as height, "
            + (columns.contains(norms.field("politica"))
                ? policy(norms.field("politica"))
                : "null::text")
            + " as policy, "
            + list(columns, "criterios")
            + " as criteria, "
            + geometry
            + " as geom from gis_staging."
            + table
            + " s) z group by z.code";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      return s.executeUpdate();
    }
  }

  private static String number(String field) {
    return "replace(btrim(s." + field + "::text), ',', '.')";
  }

  private String numeric(Set<String> columns, String norm) {
    String field = norms.field(norm);
    return columns.contains(field) ? "nullif(" + number(field) + ", '')::numeric" : "null::numeric";
  }

  private String list(Set<String> columns, String norm) {
    String field = norms.field(norm);
    return columns.contains(field)
        ? "array(select btrim(u) from regexp_split_to_table(coalesce(s."
            + field
            + "::text, ''), '[;,]') u where btrim(u) <> '')"
        : "'{}'::text[]";
  }

  /** The policy as its code, from the Spanish (accents and case aside) or the code; else null. */
  private static String policy(String field) {
    return "(case regexp_replace(translate(lower(btrim(s."
        + field
        + "::text)), 'áéíóú', 'aeiou'), '[\\s_]+', ' ', 'g')"
        + " when 'proteccion' then 'PROTECTION' when 'protection' then 'PROTECTION'"
        + " when 'conservacion' then 'CONSERVATION' when 'conservation' then 'CONSERVATION'"
        + " when 'restauracion' then 'RESTORATION' when 'restoration' then 'RESTORATION'"
        + " when 'aprovechamiento sustentable' then 'SUSTAINABLE_USE'"
        + " when 'aprovechamiento' then 'SUSTAINABLE_USE'"
        + " when 'sustainable use' then 'SUSTAINABLE_USE' end)";
  }
}
