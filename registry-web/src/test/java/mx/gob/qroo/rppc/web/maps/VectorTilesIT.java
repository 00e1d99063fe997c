package mx.gob.qroo.rppc.web.maps;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.SampleLayers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vector tiles over the sample parcels of Cancún and a plan published for the test. The tiles are
 * protobuf; their layer names, keys and string values are stored as plain UTF-8 inside, which is
 * what these tests look for.
 */
class VectorTilesIT {

  /** The z16 tile over supermanzana 23 of the sample (lon -86.838, lat 21.152). */
  private static final String Z16 = "16/16959/28826.mvt";

  private static final String RUN =
      Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

  @BeforeAll
  static void parcelsAndAPlan() {
    SampleLayers.parcelsLoaded();
    SampleLayers.publishPlan(
            "planeador1", "PDU-TILE-" + RUN, "PDU", "2014-10-14", "pdu-cancun-2014.geojson")
        .then()
        .statusCode(201);
  }

  /** What tile clients ask for: the tile, or a problem when something is wrong. */
  private static io.restassured.specification.RequestSpecification tiles(String user) {
    return (user == null ? anonymous() : as(user))
        .accept("application/vnd.mapbox-vector-tile, application/problem+json");
  }

  @Test
  void anyoneGetsZoneTilesWithAnEtagThatSparesRedrawingUntilThePlansChange() {
    Response first = tiles(null).get("/api/tiles/zones/" + Z16);
    first
        .then()
        .statusCode(200)
        .contentType("application/vnd.mapbox-vector-tile")
        .header("Cache-Control", containsString("max-age=300"));
    String tile = new String(first.asByteArray(), StandardCharsets.UTF_8);
    assertThat(tile).contains("zones", "PDU-TILE-" + RUN, "densidad_viv_ha", "Corredor urbano");
    String etag = first.header("ETag");

    tiles(null).header("If-None-Match", etag).get("/api/tiles/zones/" + Z16).then().statusCode(304);
    SampleLayers.publishPlan(
            "planeador1", "PDU-TILE-" + RUN, "PDU", "2024-06-01", "pdu-cancun-2024.geojson")
        .then()
        .statusCode(201);
    Response after = tiles(null).header("If-None-Match", etag).get("/api/tiles/zones/" + Z16);
    after.then().statusCode(200);
    assertThat(after.header("ETag")).isNotEqualTo(etag);
    // today the 2024 version is in force: its centre of barrio (CB) is drawn
    assertThat(new String(after.asByteArray(), StandardCharsets.UTF_8))
        .contains("Centro de barrio");
  }

  @Test
  void parcelTilesNeedATokenAreKeptPrivateAndEveryTileIsLogged() {
    tiles(null).get("/api/tiles/parcels/" + Z16).then().statusCode(401);
    long before =
        Deployment.count(
            "select count(*) from audit.access_event where resource_type = 'PARCEL'"
                + " and resource_id = '16/16959/28826'");

    Response tile = tiles("planeador1").get("/api/tiles/parcels/" + Z16);

    tile.then().statusCode(200).header("Cache-Control", containsString("private"));
    assertThat(new String(tile.asByteArray(), StandardCharsets.UTF_8))
        .contains("parcels", "clave_catastral", "23005-023-");
    assertThat(
            Deployment.count(
                "select count(*) from audit.access_event where resource_type = 'PARCEL'"
                    + " and resource_id = '16/16959/28826'"))
        .isEqualTo(before + 1);
    // the tag read with the tile is the one a cached copy is checked against: nothing is resent
    tiles("planeador1")
        .header("If-None-Match", tile.header("ETag"))
        .get("/api/tiles/parcels/" + Z16)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(tile.header("ETag")));
    // far out, a parcel tile would hold thousands of lots: it is empty
    assertThat(tiles("planeador1").get("/api/tiles/parcels/10/264/450.mvt").asByteArray())
        .isEmpty();
  }

  @Test
  void municipalTilesAndClearErrors() {
    Response state = tiles(null).get("/api/tiles/municipalities/6/16/28.mvt");
    state.then().statusCode(200);
    assertThat(new String(state.asByteArray(), StandardCharsets.UTF_8)).contains("Benito Juárez");
    tiles(null)
        .get("/api/tiles/municipalities/3/8/9.mvt")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("z/x/y"));
    tiles(null)
        .get("/api/tiles/roads/3/1/1.mvt")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("layer"));
  }
}
