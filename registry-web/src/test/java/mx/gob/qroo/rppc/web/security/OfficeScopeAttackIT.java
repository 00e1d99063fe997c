package mx.gob.qroo.rppc.web.security;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff reaching beyond their offices, as an insider would try: a Chetumal clerk reading and
 * receiving Cancún's filings, a Playa registrar examining Cancún's, a registrar taking a
 * colleague's filing, a read across offices dressed up with a justification. Each is refused (403)
 * and logged as DENIED, but for the read the rules accept, which is allowed and flagged; the
 * anomaly rules see both.
 */
class OfficeScopeAttackIT {

  private static String cancunFolio;
  private static String chetumalFolio;
  private static String cancunFiling;
  private static String chetumalFiling;

  @BeforeAll
  static void twoOffices() {
    cancunFolio = Fixtures.newPropertyFolio("CUN", "23005");
    chetumalFolio = Fixtures.newPropertyFolio("CHE", "23004");
    cancunFiling = Fixtures.received(Fixtures.saleOf(cancunFolio)).getString("entryNumber");
    chetumalFiling =
        as("capturista-che")
            .body(Fixtures.saleOf(chetumalFolio).replace("\"CUN\"", "\"CHE\""))
            .post("/api/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("entryNumber");
  }

  @Test
  void aChetumalClerkReadsAndReceivesInChetumalOnly() {
    as("capturista-che").get("/api/filings/" + chetumalFiling).then().statusCode(200);
    as("capturista-che").get("/api/folios/" + chetumalFolio).then().statusCode(200);

    deniedAndLogged(
        as("capturista-che").get("/api/filings/" + cancunFiling), "capturista-che", cancunFiling);
    deniedAndLogged(
        as("capturista-che").get("/api/folios/" + cancunFolio), "capturista-che", cancunFolio);
    deniedAndLogged(
        as("capturista-che").get("/api/filings/queue?office=CUN"), "capturista-che", "CUN");
    deniedAndLogged(
        as("capturista-che").get("/api/certificates?filing=" + cancunFiling),
        "capturista-che",
        cancunFiling);

    long filings = count("select count(*) from filing.filing");
    deniedAndLogged(
        as("capturista-che").body(Fixtures.saleOf(cancunFolio)).post("/api/filings"),
        "capturista-che",
        null);
    assertThat(count("select count(*) from filing.filing")).isEqualTo(filings);

    List<String> latest = as("capturista-che").get("/api/filings?limit=200").path("entryNumber");
    assertThat(latest).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("CHE-"));
    List<String> found =
        as("capturista-che").get("/api/folios?holder=GOMC850101MQRRRR09").path("folioNumber");
    assertThat(found).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("CHE-"));
  }

  @Test
  void aPlayaRegistrarCannotTakeOrExamineACancunFiling() {
    deniedAndLogged(
        as("registrador-pdc").post("/api/filings/" + cancunFiling + "/assignment"),
        "registrador-pdc",
        cancunFiling);
    deniedAndLogged(
        as("registrador-pdc")
            .body("{\"decision\":\"DENY\",\"grounds\":\"no es de mi oficina\"}")
            .post("/api/filings/" + cancunFiling + "/examination"),
        "registrador-pdc",
        cancunFiling);
    as("capturista1")
        .get("/api/filings/" + cancunFiling)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"));
  }

  @Test
  void aFilingTurnedToOneRegistrarIsTakenFromThemOnlyByAnAdministrator() {
    String filing =
        Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio())).getString("entryNumber");
    as("registrador-cun").post("/api/filings/" + filing + "/assignment").then().statusCode(200);

    as("registrador-cun-2")
        .post("/api/filings/" + filing + "/assignment")
        .then()
        .statusCode(409)
        .body("type", endsWith("/asignada-a-otro"));
    as("registrador-cun-2")
        .body("{\"decision\":\"INSCRIBE\"}")
        .post("/api/filings/" + filing + "/examination")
        .then()
        .statusCode(409);
    assertThat(assignee(filing)).isEqualTo("registrador-cun");

    as("admin1")
        .body("{\"registrar\":\"registrador-cun-2\"}")
        .post("/api/filings/" + filing + "/assignment")
        .then()
        .statusCode(200);
    assertThat(assignee(filing)).isEqualTo("registrador-cun-2");

    detectNow();
    assertThat(
            count(
                "select count(*) from oversight.alert where rule = 'SELF_REASSIGNMENT'"
                    + " and actor = 'registrador-cun-2' and scope = ?",
                filing))
        .isEqualTo(1);
  }

  @Test
  void aReadAcrossOfficesOnAFilingOfOnesOwnThatNamesTheFolioIsAllowedAndFlagged() throws Exception {
    // a Cancún filing that concerns the Chetumal folio (reception keeps filings to their office's
    // folios; the link is made here as a folio moved between offices would leave it)
    try (Connection c = Deployment.applicationRole();
        PreparedStatement link =
            c.prepareStatement(
                "insert into filing.filing_folio (filing_id, folio_number)"
                    + " select id, ? from filing.filing where office = 'CUN'"
                    + " and entry_year = ? and entry_sequence = ?")) {
      String[] parts = cancunFiling.split("-");
      link.setString(1, chetumalFolio);
      link.setInt(2, Integer.parseInt(parts[1]));
      link.setLong(3, Long.parseLong(parts[2]));
      assertThat(link.executeUpdate()).isEqualTo(1);
    }

    deniedAndLogged(
        as("registrador-cun").get("/api/folios/" + chetumalFolio),
        "registrador-cun",
        chetumalFolio);
    deniedAndLogged(
        as("registrador-cun")
            .header("X-Justification", "AUDITORIA")
            .get("/api/folios/" + chetumalFolio),
        "registrador-cun",
        chetumalFolio);
    deniedAndLogged(
        as("registrador-cun")
            .header("X-Justification", chetumalFiling)
            .get("/api/folios/" + chetumalFolio),
        "registrador-cun",
        chetumalFolio);

    Response allowed =
        as("registrador-cun")
            .header("X-Justification", cancunFiling)
            .get("/api/folios/" + chetumalFolio);
    allowed.then().statusCode(200).body("folioNumber", equalTo(chetumalFolio));
    assertThat(
            count(
                "select count(*) from audit.access_event where request_id = ?"
                    + " and outcome = 'CROSS_OFFICE' and resource_id = ? and justification = ?",
                allowed.header("X-Request-Id"),
                chetumalFolio,
                cancunFiling))
        .isEqualTo(1);

    detectNow();
    assertThat(
            count(
                "select count(*) from oversight.alert where rule = 'CROSS_OFFICE_READ'"
                    + " and actor = 'registrador-cun' and scope like ?",
                "FOLIO " + chetumalFolio + " %"))
        .isEqualTo(1);
  }

  @Test
  void theStateWideRolesAndTheDemoUsersStillWorkEverywhere() {
    for (String user : List.of("capturista1", "registrador1", "auditor1", "admin1")) {
      as(user).get("/api/filings/" + cancunFiling).then().statusCode(200);
      as(user).get("/api/filings/" + chetumalFiling).then().statusCode(200);
    }
    as("planeador1").get("/api/folios/" + chetumalFolio).then().statusCode(200);
  }

  private static String assignee(String filing) {
    return Deployment.query(
            "select assigned_to from filing.filing where office || '-' || entry_year || '-'"
                + " || lpad(entry_sequence::text, 6, '0') = ?",
            filing)
        .get(0)
        .get(0);
  }

  private static void detectNow() {
    as("auditor1").accept("text/plain").post("/api/audit/checkpoints").then().statusCode(200);
    as("auditor1").post("/api/audit/alerts/detection").then().statusCode(200);
  }

  /** 403 fuera-de-su-oficina, and a DENIED event of the actor naming the resource (if any). */
  private static void deniedAndLogged(Response answer, String actor, String resource) {
    answer
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", endsWith("/fuera-de-su-oficina"));
    assertThat(
            count(
                "select count(*) from audit.access_event where request_id = ? and actor = ?"
                    + " and outcome = 'DENIED' and detail like 'Fuera de su oficina:%'"
                    + " and (cast(? as text) is null or resource_id = ?)",
                answer.header("X-Request-Id"), actor, resource, resource))
        .as("the refusal is in the access log")
        .isEqualTo(1);
  }
}
