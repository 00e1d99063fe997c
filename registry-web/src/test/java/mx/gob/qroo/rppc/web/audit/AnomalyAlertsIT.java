package mx.gob.qroo.rppc.web.audit;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static mx.gob.qroo.rppc.web.testing.Deployment.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The anomaly alerts and the staff directory through the API, deployed: who may see and change
 * them, how bad input is answered, a staff member acting on their own filing caught end to end, and
 * the Keycloak subject on every access event.
 */
class AnomalyAlertsIT {

  /** A CURP no other test gives to a staff member. */
  private static final String OWN_CURP = "RAMA010203HQRMNL04";

  @Test
  void alertsAreForAuditorsAndTheStaffDirectoryForAdministratorsAndAuditors() {
    as("capturista1").get("/api/audit/alerts").then().statusCode(403);
    as("admin1").get("/api/audit/alerts").then().statusCode(403);
    as("registrador1").post("/api/audit/alerts/detection").then().statusCode(403);
    as("auditor1").get("/api/audit/alerts").then().statusCode(200);

    as("capturista1").get("/api/staff").then().statusCode(403);
    as("planeador1").get("/api/staff").then().statusCode(403);
    as("auditor1").get("/api/staff").then().statusCode(200);
    as("auditor1")
        .body("{\"fullName\":\"Auditor que se da de alta\"}")
        .put("/api/staff/auditor1")
        .then()
        .statusCode(403);
    // (./registry up registers the demo users, auditor1 among them: the refused name must not be
    // there)
    assertThat(
            query(
                "select 1 from shared.staff_member where user_name = 'auditor1'"
                    + " and full_name = 'Auditor que se da de alta'"))
        .isEmpty();
  }

  @Test
  void badQueriesAndReviewsGetProblemDetailsAndStoreNothing() {
    as("auditor1")
        .get("/api/audit/alerts?status=CERRADA")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("status"));
    as("auditor1").get("/api/audit/alerts?limit=0").then().statusCode(400);
    as("auditor1").get("/api/audit/alerts/999999999").then().statusCode(404);
    as("auditor1")
        .body("{\"status\":\"EXPLAINED\",\"note\":\"nada\"}")
        .post("/api/audit/alerts/999999999/reviews")
        .then()
        .statusCode(404);
    long alert = anyAlert();
    long reviews = Deployment.count("select count(*) from oversight.alert_review");
    as("auditor1")
        .body("{\"status\":\"EXPLAINED\",\"note\":\"   \"}")
        .post("/api/audit/alerts/" + alert + "/reviews")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("note"));
    as("auditor1")
        .body("{\"status\":\"ARCHIVADA\",\"note\":\"no existe ese estado\"}")
        .post("/api/audit/alerts/" + alert + "/reviews")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
    as("admin1")
        .body("{\"fullName\":\"Sin CURP válida\",\"curp\":\"XXXX\",\"office\":\"MID\"}")
        .put("/api/staff/capturista9")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("curp"))
        .body("errors.field", hasItem("office"));
    assertThat(Deployment.count("select count(*) from oversight.alert_review")).isEqualTo(reviews);
    assertThat(query("select 1 from shared.staff_member where user_name = 'capturista9'"))
        .isEmpty();
  }

  @Test
  void aClerkReceivingTheirOwnFilingIsCaughtAndTheAuditorEscalatesIt() {
    as("admin1")
        .body(
            "{\"fullName\":\"Rafael Martínez Aké\",\"curp\":\""
                + OWN_CURP
                + "\",\"office\":\"CUN\"}")
        .put("/api/staff/capturista1")
        .then()
        .statusCode(200)
        .body("curp", equalTo(OWN_CURP));
    String entryNumber;
    try {
      entryNumber =
          Fixtures.received(
                  Fixtures.saleOf(Fixtures.newPropertyFolio())
                      .replace("GOMC850101MQRRRR09", OWN_CURP)
                      .replace("Carla Gómez Rivera", "Rafael Martínez Aké"))
              .getString("entryNumber");
      // the rules compare with the directory as it is when they run
      detectNow();
    } finally {
      as("admin1")
          .body("{\"fullName\":\"Capturista de demostración\",\"office\":\"CUN\"}")
          .put("/api/staff/capturista1")
          .then()
          .statusCode(200);
    }

    JsonPath queue =
        as("auditor1")
            .get("/api/audit/alerts?rule=STAFF_AS_PARTY&actor=capturista1&limit=500")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long alert =
        queue.getList("alerts.findAll { it.scope == '" + entryNumber + "' }.id", Long.class).get(0);
    JsonPath detail =
        as("auditor1")
            .get("/api/audit/alerts/" + alert)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(detail.getString("alert.summary")).contains(OWN_CURP, entryNumber);
    assertThat(detail.getList("events.action")).contains("CREATE");
    assertThat(detail.getList("events.resourceId")).containsOnly(entryNumber);

    as("auditor1")
        .body("{\"status\":\"ESCALATED\",\"note\":\"Turnado al órgano interno de control.\"}")
        .post("/api/audit/alerts/" + alert + "/reviews")
        .then()
        .statusCode(200)
        .body("status", equalTo("ESCALATED"));
    as("auditor1")
        .get("/api/audit/alerts/" + alert)
        .then()
        .body("alert.status", equalTo("ESCALATED"))
        .body("reviews[-1].auditor", equalTo("auditor1"))
        .body("reviews[-1].note", containsString("órgano interno"));
  }

  @Test
  void everyAccessEventNamesTheCallersKeycloakSubject() {
    String folio = Fixtures.newPropertyFolio();
    as("capturista1").get("/api/folios/" + folio).then().statusCode(200);

    List<List<String>> events =
        query(
            "select actor, actor_subject from audit.access_event where resource_id = ?"
                + " and action = 'READ' order by id",
            folio);

    assertThat(events).containsExactly(List.of("capturista1", subjectOf(token("capturista1"))));
  }

  private static String subjectOf(String jwt) {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return JsonPath.from(payload).getString("sub");
  }

  private static void detectNow() {
    as("auditor1").accept("text/plain").post("/api/audit/checkpoints").then().statusCode(200);
    as("auditor1").post("/api/audit/alerts/detection").then().statusCode(200);
  }

  /** Some alert to review: a read no filing explains, made and detected here. */
  private static long anyAlert() {
    String folio = Fixtures.newPropertyFolio();
    as("capturista1").get("/api/folios/" + folio).then().statusCode(200);
    detectNow();
    return Long.parseLong(
        query(
                "select a.id from oversight.alert a where a.rule = 'UNJUSTIFIED_ACCESS'"
                    + " and a.scope like ?",
                "FOLIO " + folio + " %")
            .get(0)
            .get(0));
  }
}
