package mx.gob.qroo.rppc.web.filing;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The open data, for anyone: JSON, CSV and their schema agree, and the page shows them. */
class OpenDataIT {

  private static final String CURP = "[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d";

  @BeforeAll
  static void atLeastOneFiling() {
    Fixtures.received(Fixtures.saleOf(Fixtures.sharedFolio()));
  }

  @Test
  void theJsonTheCsvAndTheSchemaDescribeTheSameColumnsAndNoPerson() {
    JsonPath schema =
        anonymous()
            .get("/api/public/statistics/schema")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> fields = schema.getList("fields.name");
    assertThat(fields)
        .startsWith("mes", "oficina", "tipo_tramite")
        .contains("dias_habiles_mediana", "proporcion_en_plazo", "rezago");

    Response json = anonymous().get("/api/public/statistics");
    json.then().statusCode(200).header("Cache-Control", containsString("max-age=600"));
    List<Map<String, Object>> rows = json.jsonPath().getList("filas");
    assertThat(json.jsonPath().getString("esquema")).isEqualTo("/api/public/statistics/schema");
    assertThat(json.jsonPath().getString("calculadas")).isNotBlank();

    Response csv = anonymous().accept("text/csv").get("/api/public/statistics/estadisticas.csv");
    csv.then()
        .statusCode(200)
        .contentType("text/csv")
        .header("Content-Disposition", "attachment; filename=\"estadisticas-rppc.csv\"");
    String[] lines = csv.asString().split("\r\n");
    assertThat(Arrays.asList(lines[0].split(","))).isEqualTo(fields);
    assertThat(lines).hasSize(rows.size() + 1);
    assertThat(json.asString() + csv.asString())
        .doesNotContainPattern(CURP)
        .doesNotContain("Carla", "Jorge", "capturista1", "registrador1");
    for (Map<String, Object> row : rows) {
      // a row carries the schema's fields, and nothing else (null figures are left out)
      assertThat(fields).containsAll(row.keySet());
      assertThat(row).containsKeys("mes", "oficina", "tipo_tramite", "recibidos", "rezago");
    }
  }

  @Test
  void thePageShowsAChartTheMonthsTheDownloadsAndTheLogsCheckpoint() {
    Response page = anonymous().accept("text/html").get("/datos-abiertos/");
    page.then().statusCode(200).contentType("text/html");
    assertThat(page.asString())
        .contains(
            "Datos abiertos del Registro",
            "<svg",
            "Solicitudes recibidas y resueltas por mes",
            "id=\"meses\"",
            "/api/public/statistics/estadisticas.csv",
            "Bitácora de accesos")
        .containsAnyOf("id=\"punto-de-control\"", "id=\"sin-punto-de-control\"")
        .doesNotContainPattern(CURP);
    assertThat(page.getCookies()).isEmpty();

    assertThat(anonymous().accept("text/html").get("/datos-abiertos/?mes=noviembre").asString())
        .contains("El mes se escribe AAAA-MM");
  }
}
