package mx.gob.qroo.rppc.web.cadastre;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subdivisions and mergers over parcels imported for the run, 2 km east of the sample layout of
 * Cancún (EPSG:6371): A and B side by side (20 × 30 m each), C and D apart; a plan with two zones
 * split at x = 10 m. Keys carry the run so the test also runs against a long-lived instance.
 */
class ParcelChangesIT {

  private static final double X = 518600;
  private static final double Y = 2338750;
  private static final String RUN =
      Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  private static final String PREFIX = "23005-777-" + RUN + "-";
  private static final String A = PREFIX + "001";
  private static final String B = PREFIX + "002";
  private static final String C = PREFIX + "003";
  private static final String D = PREFIX + "004";

  /** The codes of this run's plan's zones in a zoning report (earlier runs leave their plans). */
  private static final String OUR_ZONES =
      "zoning.zones.findAll { it.plan.planKey == 'PDU-CHG-" + RUN + "' }.zone.code";

  @BeforeAll
  static void parcelsAndAPlan() {
    Fixtures.municipalitiesLoaded();
    as("admin1")
        .contentType("application/geo+json")
        .body(
            collection(
                parcel(A, 0, 0, 20, 30)
                    + ", "
                    + parcel(B, 20, 0, 40, 30)
                    + ", "
                    + parcel(C, 100, 0, 120, 30)
                    + ", "
                    + parcel(D, 200, 0, 220, 30)))
        .post("/api/layers/parcels/imports?fileName=predios.geojson")
        .then()
        .statusCode(201);
    as("planeador1")
        .contentType("application/geo+json")
        .queryParam("planKey", "PDU-CHG-" + RUN)
        .queryParam("kind", "PDU")
        .queryParam("municipality", "23005")
        .queryParam("validFrom", "2020-01-01")
        .queryParam("name", "Plan de prueba")
        .queryParam("sourceDocument", "POE de prueba")
        .queryParam("fileName", "zonas.geojson")
        .body(collection(zone("H1", -10, -10, 10, 40) + ", " + zone("CU", 10, -10, 130, 40)))
        .post("/api/plans")
        .then()
        .statusCode(201);
  }

  @Test
  void aSubdivisionRetiresTheParcelKeepsItsFoliosAndZonesAndAMergerJoinsThePiecesBack() {
    String folio = Fixtures.propertyFolioOn(A);
    String west = PREFIX + "011";
    String east = PREFIX + "012";

    subdivide("admin1", A, child(west, 0, 0, 8, 30), child(east, 8, 0, 20, 30))
        .then()
        .statusCode(201)
        .body("event", equalTo("SUBDIVISION"))
        .body("created", equalTo(List.of(west, east)));

    JsonPath westZoning = zoning(west);
    assertThat(westZoning.getDouble("zoning.areaM2")).isEqualTo(240.0);
    assertThat(westZoning.getList("zoning.folioNumbers")).containsExactly(folio);
    assertThat(westZoning.getList(OUR_ZONES)).containsExactly("H1");
    assertThat(zoning(east).getList(OUR_ZONES)).containsExactly("CU", "H1");
    as("planeador1").get("/api/parcels/" + A + "/zoning").then().statusCode(200);

    String merged = PREFIX + "020";
    merge("admin1", merged, west, east, B).then().statusCode(201).body("event", equalTo("MERGER"));

    JsonPath history =
        as("planeador1")
            .get("/api/parcels/" + merged + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getList("versions.cadastralKey"))
        .containsExactlyInAnyOrder(A, west, east, B, merged);
    assertThat(history.getList("events.event"))
        .containsExactlyInAnyOrder("SUBDIVISION", "SUBDIVISION", "MERGER", "MERGER", "MERGER");
    assertThat(history.getString("versions.find { it.cadastralKey == '" + A + "' }.retiredReason"))
        .isEqualTo("SUBDIVISION");
    assertThat(history.getDouble("versions.find { it.cadastralKey == '" + merged + "' }.areaM2"))
        .isEqualTo(1200.0);
    assertThat(
            history.getList("versions.find { it.cadastralKey == '" + merged + "' }.folioNumbers"))
        .containsExactly(folio);
  }

  @Test
  void subdivisionsThatDoNotTileTheParcelAndMergersOfDistantParcelsAreRefused() {
    subdivide("admin1", C, child(C + "1", 100, 0, 110, 30), child(C + "2", 110, 0, 125, 30))
        .then()
        .statusCode(400)
        .body("detail", containsString("fuera del predio"));
    subdivide("admin1", C, child(C + "1", 100, 0, 110, 30), child(C + "2", 110, 0, 115, 30))
        .then()
        .statusCode(400)
        .body("detail", containsString("sin cubrir"));
    merge("admin1", PREFIX + "099", C, D)
        .then()
        .statusCode(400)
        .body("detail", containsString("no son colindantes"));
    subdivide("planeador1", C, child(C + "1", 100, 0, 110, 30), child(C + "2", 110, 0, 120, 30))
        .then()
        .statusCode(403);
    merge("admin1", PREFIX + "098", PREFIX + "404", C).then().statusCode(404);
    // nothing of the refused changes stayed: C is still current and whole
    assertThat(
            as("planeador1").get("/api/parcels/" + C + "/history").jsonPath().getList("versions"))
        .hasSize(1);
  }

  private static io.restassured.response.Response subdivide(
      String user, String parcel, String... children) {
    return as(user)
        .body("{\"children\": [" + String.join(", ", children) + "]}")
        .post("/api/parcels/" + parcel + "/subdivision");
  }

  private static io.restassured.response.Response merge(
      String user, String child, String... parents) {
    return as(user)
        .body(
            "{\"parents\": [\""
                + String.join("\", \"", parents)
                + "\"], \"cadastralKey\": \""
                + child
                + "\"}")
        .post("/api/parcels/mergers");
  }

  // --- helpers

  private static JsonPath zoning(String key) {
    return as("registrador1")
        .get("/api/parcels/" + key + "/zoning")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String polygon(double x0, double y0, double x1, double y1) {
    return String.format(
        Locale.ROOT,
        "{\"type\": \"Polygon\", \"coordinates\": [[[%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f]]]}",
        X + x0,
        Y + y0,
        X + x1,
        Y + y0,
        X + x1,
        Y + y1,
        X + x0,
        Y + y1,
        X + x0,
        Y + y0);
  }

  private static String child(String key, double x0, double y0, double x1, double y1) {
    return "{\"cadastralKey\": \"" + key + "\", \"geometry\": " + polygon(x0, y0, x1, y1) + "}";
  }

  private static String parcel(String key, double x0, double y0, double x1, double y1) {
    return "{\"type\": \"Feature\", \"properties\": {\"clave_catastral\": \""
        + key
        + "\"}, \"geometry\": "
        + polygon(x0, y0, x1, y1)
        + "}";
  }

  private static String zone(String code, double x0, double y0, double x1, double y1) {
    return "{\"type\": \"Feature\", \"properties\": {\"clave\": \""
        + code
        + "\", \"nombre\": \"Zona "
        + code
        + "\", \"usos_perm\": \"vivienda\", \"densidad\": 40, \"cos\": 0.7, \"cus\": 2.1},"
        + " \"geometry\": "
        + polygon(x0, y0, x1, y1)
        + "}";
  }

  private static String collection(String features) {
    return "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
        + " {\"name\": \"urn:ogc:def:crs:EPSG::6371\"}}, \"features\": ["
        + features
        + "]}";
  }
}
