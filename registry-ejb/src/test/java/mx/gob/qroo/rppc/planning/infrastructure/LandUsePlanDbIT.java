package mx.gob.qroo.rppc.planning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.qroo.rppc.planning.domain.LandUsePlan;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans.PublishedPlan;
import mx.gob.qroo.rppc.planning.domain.ParcelZoning;
import mx.gob.qroo.rppc.planning.domain.PlanKind;
import mx.gob.qroo.rppc.planning.domain.PlanPublication;
import mx.gob.qroo.rppc.planning.domain.PlanZone;
import mx.gob.qroo.rppc.planning.domain.UgaPolicy;
import mx.gob.qroo.rppc.planning.domain.ZoneFieldMapping;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport.Outcome;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.testing.CadastreDatabase;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans over a small layout in Cancún, in metres from a point inside Benito Juárez: parcel A (20 ×
 * 20 m) lies half in zone H2 and half in zone CU, parcel B (20 × 20 m) wholly in H2. Every plan key
 * is used by one test only, so the tests share the database.
 */
class LandUsePlanDbIT {

  private static final String PDU_FIELDS =
      "\"usos_perm\": \"vivienda; comercio vecinal\", \"usos_cond\": \"oficinas\","
          + " \"usos_proh\": \"industria\", \"densidad\": %s, \"cos\": %s, \"cus\": 2.1,"
          + " \"altura_max\": 12";

  private static TestDatabase database;
  private static double x;
  private static double y;

  @TempDir Path folder;

  @BeforeAll
  static void layOutParcels() throws Exception {
    database = CadastreDatabase.withMunicipalities();
    double[] origin = CadastreDatabase.pointInside(database, "23005");
    x = origin[0];
    y = origin[1];
    parcel("23005-010-0001-001", 0, 0, 20, 20);
    parcel("23005-010-0001-002", 30, 0, 50, 20);
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void aPduVersionKeepsItsNormsAndOverlaysEveryParcelWithAreaAndShare() throws Exception {
    PublishedPlan published =
        publish(
            plan("PDU-A", PlanKind.PDU, "2014-10-14"),
            zones(
                pdu("H2", "Habitacional densidad media", "40", "0.7", 0, 10, 60, 30),
                // two features of the corridor: one zone
                pdu("CU", "Corredor urbano", "120", "0.8", -10, -10, 30, 10),
                pdu("CU", "Corredor urbano", "120", "0.8", 30, -10, 60, 10)));

    assertThat(published.report().outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(published.plan().version()).isEqualTo(1);
    assertThat(published.plan().validTo()).isNull();
    List<PlanZone> zones = read(c -> PlanReads.zones(c, published.plan().id()));
    assertThat(zones).extracting(PlanZone::code).containsExactly("CU", "H2");
    PlanZone h2 = zones.get(1);
    assertThat(h2.name()).isEqualTo("Habitacional densidad media");
    assertThat(h2.allowedUses()).containsExactly("vivienda", "comercio vecinal");
    assertThat(h2.prohibitedUses()).containsExactly("industria");
    assertThat(h2.densityDwellingsPerHa()).isEqualByComparingTo("40");
    assertThat(h2.cos()).isEqualByComparingTo("0.7");
    assertThat(h2.maxHeightM()).isEqualByComparingTo("12");
    assertThat(zones.get(0).areaM2()).isEqualByComparingTo("1400.00");

    assertThat(shares(zoning("23005-010-0001-001", "2020-01-01"), "PDU-A"))
        .containsExactly("CU 200.00 0.500000", "H2 200.00 0.500000");
    assertThat(shares(zoning("23005-010-0001-002", "2020-01-01"), "PDU-A"))
        .containsExactly("CU 200.00 0.500000", "H2 200.00 0.500000");
    assertThat(shares(zoning("23005-010-0001-001", "2014-10-13"), "PDU-A")).isEmpty();
  }

  @Test
  void aNewVersionClosesThePreviousOneAndTheZoningOfAnyDayStaysAnswerable() throws Exception {
    PublishedPlan first =
        publish(
            plan("PDU-B", PlanKind.PDU, "2014-01-01"),
            zones(pdu("H1", "Habitacional densidad baja", "20", "0.6", -10, -10, 60, 30)));
    PublishedPlan second =
        publish(
            plan("PDU-B", PlanKind.PDU, "2024-06-01"),
            zones(pdu("H3", "Habitacional densidad alta", "80", "0.75", -10, -10, 60, 30)));

    assertThat(second.plan().version()).isEqualTo(2);
    assertThat(read(c -> PlanReads.plan(c, first.plan().id())).orElseThrow().validTo())
        .isEqualTo(LocalDate.parse("2024-05-31"));
    assertThat(codes(zoning("23005-010-0001-001", "2024-05-31"), "PDU-B")).containsExactly("H1");
    assertThat(codes(zoning("23005-010-0001-001", "2024-06-01"), "PDU-B")).containsExactly("H3");
    List<LandUsePlan> inForce = read(c -> PlanReads.plans(c, LocalDate.parse("2020-01-01")));
    assertThat(inForce)
        .extracting(p -> p.planKey() + " v" + p.version())
        .contains("PDU-B v1")
        .doesNotContain("PDU-B v2");
  }

  @Test
  void aVersionThatDoesNotStartAfterThePreviousIsRefusedAndNothingIsStored() throws Exception {
    publish(
        plan("PDU-C", PlanKind.PDU, "2020-01-01"),
        zones(pdu("H1", "Habitacional", "20", "0.6", -10, -10, 60, 30)));
    long plans = database.count("select count(*) from planning.land_use_plan");

    assertThatThrownBy(
            () ->
                publish(
                    plan("PDU-C", PlanKind.PDU, "2020-01-01"),
                    zones(pdu("H1", "Habitacional", "20", "0.6", -10, -10, 60, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rige desde el 2020-01-01");
    assertThatThrownBy(
            () ->
                publish(
                    plan("PDU-C", PlanKind.POEL, "2021-01-01"),
                    zones(poel("UGA 1", "Protección", -10, -10, 60, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no cambia de tipo");
    assertThat(database.count("select count(*) from planning.land_use_plan")).isEqualTo(plans);
  }

  @Test
  void aPoelReadsItsPoliciesInSpanishAndRefusesAnUnknownOne() throws Exception {
    PublishedPlan poel =
        publish(
            plan("POEL-D", PlanKind.POEL, "2014-07-27"),
            zones(
                poel("UGA 21", "aprovechamiento SUSTENTABLE", -10, -10, 25, 30),
                poel("UGA 07", "Conservación", 25, -10, 60, 30)));
    long plans = database.count("select count(*) from planning.land_use_plan");
    PublishedPlan refused =
        publish(
            plan("POEL-E", PlanKind.POEL, "2014-07-27"),
            zones(poel("UGA 1", "Preservación", -10, -10, 60, 30)));

    List<PlanZone> ugas = read(c -> PlanReads.zones(c, poel.plan().id()));
    assertThat(ugas)
        .extracting(z -> z.code() + " " + z.ugaPolicy() + " " + z.criteria())
        .containsExactly(
            "UGA 07 " + UgaPolicy.CONSERVATION + " [CO-02, FF-03]",
            "UGA 21 " + UgaPolicy.SUSTAINABLE_USE + " [CO-02, FF-03]");
    assertThat(refused.plan()).isNull();
    assertThat(refused.report().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(refused.report().problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.reason()).isEqualTo("política de UGA desconocida: Preservación"));
    assertThat(database.count("select count(*) from planning.land_use_plan")).isEqualTo(plans);
  }

  @Test
  void badNormsAreReportedPerZoneAndNothingIsPublished() throws Exception {
    PublishedPlan refused =
        publish(
            plan("PDU-F", PlanKind.PDU, "2014-01-01"),
            zones(
                pdu("H1", "Habitacional", "veinte", "0.6", -10, -10, 25, 30),
                pdu("H2", "Habitacional", "40", "1.4", 25, -10, 40, 30),
                pdu("H3", "Habitacional", "80", "0.7", 40, -10, 50, 30),
                pdu("H3", "Habitacional alta", "80", "0.7", 50, -10, 60, 30)));

    assertThat(refused.plan()).isNull();
    assertThat(refused.report().problems())
        .extracting(p -> p.feature() + ": " + p.reason())
        .containsExactly(
            "H1: densidad no es un número: veinte",
            "H2: cos fuera de rango: 1.4",
            "H3: la clave tiene nombre o normas distintos en sus polígonos");
    assertThat(
            database.count(
                "select count(*) from planning.plan_zone z join planning.land_use_plan"
                    + " l on l.id = z.plan_id where l.plan_key = 'PDU-F'"))
        .isZero();
  }

  @Test
  void theOverlayIsWhatABruteForceIntersectionOfEveryPairGives() throws Exception {
    publish(
        plan("PDU-G", PlanKind.PDU, "2014-01-01"),
        zones(
            pdu("H1", "Habitacional", "20", "0.6", -10, -10, 7, 30),
            pdu("H2", "Habitacional", "40", "0.7", 7, -10, 41.5, 13),
            pdu("CU", "Corredor", "120", "0.8", 7, 13, 60, 30)));
    parcel("23005-010-0002-001", 5, 40, 15, 50);
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      ZoningOverlay.all(c);
      c.commit();
    }

    Map<String, String> overlay =
        rows(
            "select p.cadastral_key || ' ' || z.code || ' ' || l.plan_key, pz.area_m2 || ' '"
                + " || pz.share from planning.parcel_zone pz join cadastre.parcel p on p.id ="
                + " pz.parcel_id join planning.plan_zone z on z.id = pz.zone_id join"
                + " planning.land_use_plan l on l.id = pz.plan_id");
    Map<String, String> bruteForce =
        rows(
            "select p.cadastral_key || ' ' || z.code || ' ' || l.plan_key,"
                + " round(ST_Area(ST_Intersection(p.geom, z.geom))::numeric, 2) || ' ' ||"
                + " round((ST_Area(ST_Intersection(p.geom, z.geom)) / ST_Area(p.geom))::numeric, 6)"
                + " from cadastre.parcel p cross join planning.plan_zone z join"
                + " planning.land_use_plan l on l.id = z.plan_id"
                + " where ST_Area(ST_Intersection(p.geom, z.geom)) >= 0.005");
    assertThat(overlay).isEqualTo(bruteForce).containsKey("23005-010-0001-002 H2 PDU-G");
    assertThat(overlay.get("23005-010-0001-002 H2 PDU-G")).isEqualTo("149.50 0.373750");
  }

  // --- helpers

  private static void parcel(String key, double x0, double y0, double x1, double y1) {
    database.update(
        String.format(
            Locale.ROOT,
            "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from)"
                + " values ('%s', '23005', ST_Multi(ST_MakeEnvelope(%f, %f, %f, %f, 6371)),"
                + " '2010-01-01')",
            key,
            x + x0,
            y + y0,
            x + x1,
            y + y1));
  }

  private static PlanPublication plan(String key, PlanKind kind, String from) {
    return new PlanPublication(
        key, "Plan " + key, kind, "23005", LocalDate.parse(from), null, "POE 1/2014");
  }

  private static String pdu(
      String code,
      String name,
      String density,
      String cos,
      double x0,
      double y0,
      double x1,
      double y1) {
    return feature(
        "\"clave\": \""
            + code
            + "\", \"nombre\": \""
            + name
            + "\", "
            + String.format(PDU_FIELDS, quoted(density), quoted(cos)),
        x0,
        y0,
        x1,
        y1);
  }

  private static String poel(
      String code, String policy, double x0, double y0, double x1, double y1) {
    return feature(
        "\"clave\": \""
            + code
            + "\", \"nombre\": \"UGA\", \"politica\": \""
            + policy
            + "\", \"criterios\": \"CO-02, FF-03\"",
        x0,
        y0,
        x1,
        y1);
  }

  private static String quoted(String value) {
    return value.matches("[0-9.]+") ? value : "\"" + value + "\"";
  }

  private static String feature(String properties, double x0, double y0, double x1, double y1) {
    double a = x + x0;
    double b = y + y0;
    double c = x + x1;
    double d = y + y1;
    return String.format(
        Locale.ROOT,
        "{\"type\": \"Feature\", \"properties\": {%s}, \"geometry\": {\"type\": \"Polygon\","
            + " \"coordinates\": [[[%f, %f], [%f, %f], [%f, %f], [%f, %f], [%f, %f]]]}}",
        properties,
        a,
        b,
        c,
        b,
        c,
        d,
        a,
        d,
        a,
        b);
  }

  private static String zones(String... features) {
    return "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
        + " {\"name\": \"urn:ogc:def:crs:EPSG::6371\"}}, \"features\": ["
        + String.join(", ", features)
        + "]}";
  }

  private PublishedPlan publish(PlanPublication publication, String geojson) throws Exception {
    Path file = Files.createTempFile(folder, "zonas", ".geojson");
    Files.writeString(file, geojson);
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try {
        PublishedPlan published =
            SqlLandUsePlans.publish(
                c,
                Clock.systemUTC(),
                publication,
                new LayerImportRequest(
                    file, "zonas.geojson", SpatialLayer.ZONES, null, null, null, false),
                ZoneFieldMapping.defaults(),
                "planeador1");
        c.commit();
        return published;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static ParcelZoning zoning(String key, String day) throws SQLException {
    return read(c -> PlanReads.parcelZoning(c, key, LocalDate.parse(day))).orElseThrow();
  }

  private static List<String> codes(ParcelZoning zoning, String planKey) {
    return zoning.zones().stream()
        .filter(z -> z.plan().planKey().equals(planKey))
        .map(z -> z.zone().code())
        .toList();
  }

  private static List<String> shares(ParcelZoning zoning, String planKey) {
    return zoning.zones().stream()
        .filter(z -> z.plan().planKey().equals(planKey))
        .map(z -> z.zone().code() + " " + z.areaM2() + " " + z.share())
        .toList();
  }

  private static Map<String, String> rows(String sql) throws SQLException {
    return read(
        c -> {
          Map<String, String> rows = new java.util.TreeMap<>();
          try (var s = c.createStatement();
              var rs = s.executeQuery(sql)) {
            while (rs.next()) {
              rows.put(rs.getString(1), rs.getString(2));
            }
          }
          return rows;
        });
  }

  private static <T> T read(Reader<T> reader) throws SQLException {
    try (Connection c = database.connect()) {
      return reader.read(c);
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(Connection c) throws SQLException;
  }
}
