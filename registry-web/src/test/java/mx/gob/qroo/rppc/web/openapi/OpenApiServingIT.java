package mx.gob.qroo.rppc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.web.testing.Deployment;
import org.junit.jupiter.api.Test;

/** The OpenAPI document as YAML and as JSON, anonymously, and where the OGC API points to it. */
class OpenApiServingIT {

  private static final String QGIS_ACCEPT = "application/vnd.oai.openapi+json;version=3.0";

  private static RequestSpecification anyone() {
    return RestAssured.given().baseUri(Deployment.BASE_URL);
  }

  @Test
  void yamlUnlessJsonIsAskedFor() {
    anyone()
        .get("/api/openapi.yaml")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/yaml"))
        .body(startsWith("openapi: 3.0.3"));
    anyone()
        .accept("application/vnd.oai.openapi")
        .get("/api/openapi.yaml")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/vnd.oai.openapi"))
        .body(startsWith("openapi: 3.0.3"));
    anyone()
        .accept("application/json")
        .get("/api/openapi.yaml")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("openapi", equalTo("3.0.3"));
    anyone()
        .accept("text/csv")
        .get("/api/openapi.yaml")
        .then()
        .statusCode(406)
        .body("type", equalTo("https://rppc.qroo.gob.mx/problemas/http-406"));
  }

  @Test
  void qgisFollowsTheLandingPagesServiceDescToJson() {
    List<Map<String, String>> links =
        anyone()
            .accept("application/json")
            .get("/api/ogc")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("links");
    String href =
        links.stream()
            .filter(l -> "service-desc".equals(l.get("rel")) && QGIS_ACCEPT.equals(l.get("type")))
            .map(l -> l.get("href"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no service-desc of type " + QGIS_ACCEPT));
    assertThat(href).endsWith("/api/openapi.json");
    JsonPath document =
        anyone()
            .accept(QGIS_ACCEPT)
            .get(href)
            .then()
            .statusCode(200)
            .contentType(startsWith("application/vnd.oai.openapi+json"))
            .extract()
            .jsonPath();
    assertThat(document.getString("openapi")).isEqualTo("3.0.3");
    assertThat(document.getMap("paths")).containsKey("/ogc/collections/{collectionId}/items");
    // and people get the operations as a page
    String doc =
        links.stream()
            .filter(l -> "service-doc".equals(l.get("rel")) && "text/html".equals(l.get("type")))
            .map(l -> l.get("href"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no service-doc of type text/html"));
    anyone()
        .get(doc)
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .body(org.hamcrest.Matchers.containsString("/api/ogc/collections/{collectionId}/items"));
    // the YAML form says the same
    anyone()
        .accept(QGIS_ACCEPT)
        .get("/api/openapi.yaml")
        .then()
        .statusCode(200)
        .body("info.title", equalTo(document.getString("info.title")));
  }
}
