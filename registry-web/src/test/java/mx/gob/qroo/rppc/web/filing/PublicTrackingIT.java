package mx.gob.qroo.rppc.web.filing;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.FromAddress;
import org.junit.jupiter.api.Test;

/**
 * What a citizen learns from a tracking code, on the page {@code /tramite/{code}} and from {@code
 * GET /api/public/filings/{code}}, and the per-address limit on both.
 */
class PublicTrackingIT {

  private static final String REQUIREMENT = "Presente el avalúo catastral vigente del predio";

  /** A sale received, turned to registrador1 and suspended with {@link #REQUIREMENT}. */
  private static String suspendedSale() {
    JsonPath received = Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio()));
    String entryNumber = received.getString("entryNumber");
    as("registrador1").post("/api/filings/" + entryNumber + "/assignment").then().statusCode(200);
    as("registrador1")
        .body(
            "{\"decision\":\"SUSPEND\",\"grounds\":\"%s\",\"correctionTermDays\":5}"
                .formatted(REQUIREMENT))
        .post("/api/filings/" + entryNumber + "/examination")
        .then()
        .statusCode(200);
    return received.getString("trackingCode");
  }

  @Test
  void aSuspendedProcedureShowsItsStepsItsTermAndWhatToDoWithoutPersonalData() {
    String code = suspendedSale();

    Response api = anonymous().get("/api/public/filings/" + code);
    api.then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"))
        .body("timeline.status", contains("RECEIVED", "ASSIGNED", "IN_EXAMINATION", "SUSPENDED"))
        .body("timeline.label[3]", equalTo("Suspendido: requiere corrección"))
        .body("timeline.at", everyItem(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*-05:00")))
        .body("requirement", equalTo(REQUIREMENT))
        .body("correctionDueDate", matchesPattern("\\d{4}-\\d\\d-\\d\\d"))
        .body("dueDate", matchesPattern("\\d{4}-\\d\\d-\\d\\d"))
        .body("termState", equalTo("ON_TIME"))
        .body("termStateLabel", equalTo("En tiempo"));
    assertThat(api.asString())
        .doesNotContain("Carla", "GOMC850101", "Jorge", "registrador1", "capturista1");

    Response page = anonymous().accept("text/html").get("/tramite/" + code);
    page.then().statusCode(200).contentType("text/html");
    assertThat(page.asString())
        .contains(
            "Trámite " + code,
            "Suspendido: requiere corrección",
            REQUIREMENT,
            "Historial",
            "Un registrador revisa su solicitud y sus documentos.",
            "En tiempo: el plazo legal para resolverlo vence el")
        .doesNotContain("Carla", "GOMC850101", "Jorge", "registrador1", "SUSPENDED");
  }

  @Test
  void theFormSendsTheCitizenToTheProcedureAddress() {
    String code = suspendedSale();

    anonymous()
        .redirects()
        .follow(false)
        .get("/tramite?codigo=" + code.toLowerCase().replace("-", ""))
        .then()
        .statusCode(303)
        .header("Location", equalTo("/tramite/" + code));
    anonymous()
        .redirects()
        .follow(false)
        .get("/tramite?codigo=no vale")
        .then()
        .statusCode(303)
        .header("Location", equalTo("/tramite/no%20vale"));
    anonymous()
        .redirects()
        .follow(false)
        .get("/tramite?codigo=")
        .then()
        .statusCode(303)
        .header("Location", equalTo("/"));
  }

  @Test
  void unknownAndMalformedCodesGetTheSame404Page() {
    String unknown =
        anonymous()
            .accept("text/html")
            .get("/tramite/2345-6789-ABCD-EFGH")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    String malformed =
        anonymous()
            .accept("text/html")
            .get("/tramite/nope")
            .then()
            .statusCode(404)
            .extract()
            .asString();

    assertThat(unknown)
        .contains("Trámite no encontrado", "No encontramos un trámite con ese código");
    // the same page but for the code echoed in the form, which is what the citizen typed
    assertThat(malformed.replace("value=\"nope\"", ""))
        .isEqualTo(unknown.replace("value=\"2345-6789-ABCD-EFGH\"", ""));
  }

  @Test
  void anAddressThatLooksUpTooOftenIsToldToWaitOnThePageAndTheApiAlike() {
    // an address of its own, so this test spends no other test's budget
    FromAddress client = new FromAddress("127.0.0." + ThreadLocalRandom.current().nextInt(2, 250));
    String code = suspendedSale();
    int allowed = 0;
    FromAddress.Answer answer = null;
    for (int i = 0; i < 100; i++) {
      answer = client.get(i % 2 == 0 ? "/api/public/filings/" + code : "/tramite/" + code);
      if (answer.status() != 200) {
        break;
      }
      allowed++;
    }
    // the default budget: a burst of 30 (plus what refills while they run, at 1 per 2 s)
    assertThat(allowed).isBetween(30, 40);
    assertThat(answer.status()).isEqualTo(429);
    assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 2L);

    FromAddress.Answer api = client.get("/api/public/filings/" + code);
    assertThat(api.status()).isEqualTo(429);
    assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.body()).contains("\"status\":429", "Demasiadas consultas", "Espere");
    FromAddress.Answer page = client.get("/tramite/" + code);
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("Demasiadas consultas", "vuelva a intentarlo");

    // other addresses are not affected, and pages that look nothing up are not counted
    anonymous().get("/api/public/filings/" + code).then().statusCode(200);
    assertThat(client.get("/").status()).isEqualTo(200);
  }
}
