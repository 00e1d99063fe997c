package mx.gob.qroo.rppc.web.cadastre;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The administrator loads INEGI boundaries through the API; nobody else may. */
class SpatialLayersIT {

  @Test
  void theAdministratorImportsPlayaDelCarmensLocalitiesAndTheImportIsLogged() throws Exception {
    long logged = count("select count(*) from audit.access_event where resource_type = 'LAYER'");

    int id =
        as("admin1")
            .contentType("application/geo+json")
            .body(Files.readAllBytes(Fixtures.inegi("AGLOC_23008.geojson")))
            .post("/api/layers/localities/imports?fileName=AGLOC_23008.geojson")
            .then()
            .statusCode(201)
            .body("outcome", equalTo("PUBLISHED"))
            .body("featuresPublished", equalTo(43))
            .body("crs.srid", equalTo(6365))
            .body("crs.origin", equalTo("GEOJSON_GEOMETRY_CRS"))
            .body("actor", equalTo("admin1"))
            .extract()
            .path("id");

    assertThat(count("select count(*) from cadastre.locality where municipality = '23008'"))
        .isEqualTo(43);
    assertThat(
            count(
                "select count(*) from cadastre.locality where cvegeo = '230080001'"
                    + " and name = 'Playa del Carmen'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from audit.access_event where resource_type = 'LAYER'"))
        .isEqualTo(logged + 1);
    // the report stays readable to administrators and auditors, and only to them
    as("auditor1")
        .get("/api/layers/imports/" + id)
        .then()
        .statusCode(200)
        .body("sourceName", equalTo("AGLOC_23008.geojson"))
        .body("featuresRead", equalTo(43));
    as("auditor1").get("/api/layers/imports").then().statusCode(200).body("[0].id", equalTo(id));
    as("capturista1").get("/api/layers/imports/" + id).then().statusCode(403);
    as("auditor1").get("/api/layers/imports/999999").then().statusCode(404);
  }

  @Test
  void aLayerWithABrokenGeometryIsRejectedWholeWithAProblemNamingFeatureReasonAndPlace() {
    String broken =
        """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"cvegeo":"230099998","nom_loc":"Lote recto"},
          "geometry":{"type":"Polygon","coordinates":[[[-87.5,20.2],[-87.4,20.2],[-87.4,20.3],[-87.5,20.3],[-87.5,20.2]]]}},
         {"type":"Feature","properties":{"cvegeo":"230099999","nom_loc":"Moño"},
          "geometry":{"type":"Polygon","coordinates":[[[-88,19],[-87,20],[-87,19],[-88,20],[-88,19]]]}}]}""";

    as("admin1")
        .contentType("application/geo+json")
        .body(broken.getBytes(StandardCharsets.UTF_8))
        .post("/api/layers/localities/imports?fileName=tulum.geojson")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/capa-rechazada"))
        .body("errors[0].field", equalTo("230099999"))
        .body("errors[0].message", startsWith("geometría inválida: Self-intersection"));

    assertThat(count("select count(*) from cadastre.locality where municipality = '23009'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from spatial.layer_import where outcome = 'REJECTED'"
                    + " and source_name = 'tulum.geojson'"))
        .isPositive();
  }

  @Test
  void plannersAndRegistrarsReviewTheTopologyChecksAndClerksMayNot() {
    as("planeador1")
        .get("/api/layers/parcels/checks/overlapping-parcels?toleranceM2=1")
        .then()
        .statusCode(200)
        .body("$", instanceOf(List.class));
    as("registrador1").get("/api/layers/parcels/checks/gaps-in-blocks").then().statusCode(200);
    as("capturista1").get("/api/layers/parcels/checks/sliver-parcels").then().statusCode(403);
    as("planeador1")
        .get("/api/layers/parcels/checks/crooked-fences")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("check"));
    as("planeador1")
        .get("/api/layers/parcels/checks/sliver-parcels?limit=0")
        .then()
        .statusCode(400);
  }

  @Test
  void onlyTheAdministratorMayImportAndTheBytesTellTheFormat() {
    byte[] file = "{}".getBytes(StandardCharsets.UTF_8);

    as("capturista1")
        .body(file)
        .post("/api/layers/municipalities/imports?fileName=m.geojson")
        .then()
        .statusCode(403);
    anonymous()
        .body(file)
        .post("/api/layers/municipalities/imports?fileName=m.geojson")
        .then()
        .statusCode(401);
    // JSON, but not GeoJSON: whatever the name says, the bytes are no accepted format
    as("admin1")
        .body(file)
        .post("/api/layers/municipalities/imports?fileName=m.geojson")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", endsWith("/formato-no-admitido"));
    as("admin1")
        .body(file)
        .post("/api/layers/rivers/imports?fileName=m.geojson")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("layer"));
  }
}
