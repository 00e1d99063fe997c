package mx.gob.qroo.rppc.web.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OGC API - Features at /api/ogc, anonymous, over the INEGI municipalities. */
class OgcFeaturesIT {

  @BeforeAll
  static void municipalities() {
    Fixtures.municipalitiesLoaded();
  }

  private static RequestSpecification anyone() {
    return RestAssured.given().baseUri(Deployment.BASE_URL);
  }

  @Test
  void landingPageConformanceAndCollectionsNeedNoLogin() {
    anyone()
        .get("/api/ogc")
        .then()
        .statusCode(200)
        .body("links.rel", hasItems("self", "service-desc", "conformance", "data"));
    anyone()
        .get("/api/ogc/conformance")
        .then()
        .statusCode(200)
        .body(
            "conformsTo",
            hasItems(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"));
    anyone()
        .get("/api/ogc/collections")
        .then()
        .statusCode(200)
        .body("collections[0].id", equalTo("municipalities"))
        .body("collections[0].links.rel", hasItem("items"))
        // the state's extent, from the data: west of Chetumal's -88.x to east of Cozumel's -86.7x
        .body("collections[0].extent.spatial.bbox[0][0]", lessThan(-88.0f))
        .body("collections[0].extent.spatial.bbox[0][2]", greaterThan(-86.8f));
  }

  @Test
  void itemsArePagedWithNextLinksAndFilteredByBbox() {
    anyone()
        .get("/api/ogc/collections/municipalities/items?limit=4")
        .then()
        .statusCode(200)
        .contentType("application/geo+json")
        .body("type", equalTo("FeatureCollection"))
        .body("numberMatched", equalTo(11))
        .body("numberReturned", equalTo(4))
        .body("features.id", contains("23001", "23002", "23003", "23004"))
        // the next page by keyset: after the last id, as cheap at any depth
        .body("links.find { it.rel == 'next' }.href", endsWith("limit=4&after=23004"));
    anyone()
        .get("/api/ogc/collections/municipalities/items?limit=4&offset=8")
        .then()
        .body("features.id", contains("23009", "23010", "23011"))
        .body("links.rel", hasItems("self", "alternate", "collection", "prev"))
        .body("links.rel", not(hasItem("next")));
    // around Cancún's hotel zone: Benito Juárez and its neighbours only
    anyone()
        .get("/api/ogc/collections/municipalities/items?bbox=-86.80,21.05,-86.74,21.15")
        .then()
        .body("features.id", hasItem("23005"))
        .body("features.id", not(hasItem("23004")));
  }

  @Test
  void aSingleMunicipalityInWgs84AndClearErrors() {
    anyone()
        .get("/api/ogc/collections/municipalities/items/23004")
        .then()
        .statusCode(200)
        .body("properties.nombre", equalTo("Othón P. Blanco"))
        .body("geometry.type", equalTo("MultiPolygon"))
        .body("links.rel", hasItems("self", "collection"));
    anyone().get("/api/ogc/collections/municipalities/items/99999").then().statusCode(404);
    anyone().get("/api/ogc/collections/rivers/items").then().statusCode(404);
    anyone()
        .get("/api/ogc/collections/municipalities/items?bbox=-87,21,-86")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("bbox"));
  }

  @Test
  void gdalsOapifDriverReadsTheServiceAsQgisWould() throws Exception {
    Process ogrinfo =
        new ProcessBuilder(
                "ogrinfo",
                "-ro",
                "-so",
                "OAPIF:" + Deployment.BASE_URL + "/api/ogc",
                "municipalities")
            .redirectErrorStream(true)
            .start();
    String output =
        new String(
            ogrinfo.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ogrinfo.waitFor()).as(output).isZero();
    assertThat(output)
        .contains("Layer name: municipalities", "Feature Count: 11", "cvegeo: String")
        // anonymous: the parcels are not offered, so the driver does not stumble on a 401
        .doesNotContain("401");
  }
}
