package mx.gob.qroo.rppc.web.folio;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.gob.qroo.rppc.web.testing.DemoSigners;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Folios, the filing lifecycle, prelación and signed entries, over HTTP with real tokens. */
class RegistryCoreIT {

  private static String receive(String body) {
    return Fixtures.received(body).getString("entryNumber");
  }

  /** A staff action on a filing: POST /api/filings/{entryNumber}/{action} with a JSON body. */
  private static ValidatableResponse act(
      String user, String entryNumber, String action, String body) {
    return as(user).body(body).post("/api/filings/" + entryNumber + "/" + action).then();
  }

  private static Response examine(String entryNumber, String decision) {
    as("registrador1").post("/api/filings/" + entryNumber + "/assignment").then().statusCode(200);
    return as("registrador1")
        .body(
            decision.equals("INSCRIBE")
                ? inscription(entryNumber)
                : "{\"decision\":\"%s\",\"grounds\":\"Fundamento\",\"correctionTermDays\":5}"
                    .formatted(decision))
        .post("/api/filings/" + entryNumber + "/examination");
  }

  /**
   * registrador1's INSCRIBE as a client makes it: signed when the registry says what to sign;
   * unsigned when it refuses to (prelación), so that the inscription's own refusal is what the test
   * sees.
   */
  private static String inscription(String entryNumber) {
    Response asked =
        as("registrador1").get("/api/filings/" + entryNumber + "/examination/to-be-signed");
    if (asked.statusCode() != 200) {
      return "{\"decision\":\"INSCRIBE\"}";
    }
    byte[] bytes = Base64.getDecoder().decode(asked.jsonPath().getString("toBeSigned"));
    return DemoSigners.inscription(DemoSigners.of("registrador1"), bytes);
  }

  private static String mortgageOf(String folio) {
    return """
        {"office":"CUN","procedureType":"HIPOTECA",
         "applicant":{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00"},"folios":["%s"],
         "act":{"amount":900000,"beneficiaryName":"Banco del Caribe, S.A.","deed":{"number":"4513","notary":"Notaría 3 de Cancún"}}}"""
        .formatted(folio);
  }

  @Test
  void aNewFolioShowsItsOpeningHolders() {
    String folio = Fixtures.newPropertyFolio();

    as("capturista1")
        .get("/api/folios/" + folio)
        .then()
        .statusCode(200)
        .body("folioNumber", equalTo(folio))
        .body("holders.identifier", contains("GOMC850101MQRRRR09"))
        .body("encumbrances", hasSize(0))
        .body("entries.kind", contains("OPENING"));
  }

  @Test
  void anInscribedSaleChangesTheHoldersFromItsSigningOnward() {
    String folio = Fixtures.newPropertyFolio();
    String before = as("registrador1").get("/api/folios/" + folio).then().extract().path("asOf");
    String sale = receive(Fixtures.saleOf(folio));

    examine(sale, "INSCRIBE").then().statusCode(200).body("status", equalTo("INSCRIBED"));

    as("registrador1")
        .get("/api/folios/" + folio)
        .then()
        .body("holders.identifier", contains("PEHJ900215HQRRRN00"))
        .body("entries[1].kind", equalTo("SALE"))
        .body("entries[1].filingEntryNumber", equalTo(sale));
    as("registrador1")
        .queryParam("asOf", before)
        .get("/api/folios/" + folio)
        .then()
        .body("holders.identifier", contains("GOMC850101MQRRRR09"));
  }

  @Test
  void signingALaterFilingWhileAnEarlierIsPendingIsRefusedAndLoggedAsAnAnomaly() {
    String folio = Fixtures.newPropertyFolio();
    String earlier = receive(mortgageOf(folio));
    String later = receive(Fixtures.saleOf(folio));

    examine(later, "INSCRIBE")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", endsWith("/prelacion"))
        .body("earlierPending", contains(earlier));

    assertThat(
            query(
                "select actor, outcome from audit.access_event where resource_id = ? and outcome = 'ANOMALY'",
                later))
        .containsExactly(List.of("registrador1", "ANOMALY"));
    as("registrador1").get("/api/folios/" + folio).then().body("entries", hasSize(1));

    examine(earlier, "INSCRIBE").then().statusCode(200);
    act("registrador1", later, "examination", inscription(later)).statusCode(200);
    as("registrador1")
        .get("/api/folios/" + folio)
        .then()
        .body("encumbrances.kind", contains("MORTGAGE"))
        .body("holders.identifier", contains("PEHJ900215HQRRRN00"));
  }

  @Test
  void aSuspendedFilingIsCorrectedAndThenInscribed() {
    String folio = Fixtures.newPropertyFolio();
    String sale = receive(Fixtures.saleOf(folio));

    examine(sale, "SUSPEND")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"))
        .body("requirement", equalTo("Fundamento"));
    act("capturista1", sale, "correction", "{\"note\":\"Presentó el avalúo\"}")
        .statusCode(200)
        .body("status", equalTo("IN_EXAMINATION"));
    act("registrador1", sale, "examination", inscription(sale))
        .statusCode(200)
        .body(
            "transitions.to",
            contains(
                "RECEIVED",
                "ASSIGNED",
                "IN_EXAMINATION",
                "SUSPENDED",
                "IN_EXAMINATION",
                "INSCRIBED"));
  }

  @Test
  void illegalMovesAre409AndDenialNeedsGrounds() {
    String sale = receive(Fixtures.saleOf(Fixtures.newPropertyFolio()));

    act("registrador1", sale, "examination", "{\"decision\":\"INSCRIBE\"}")
        .statusCode(409)
        .body("type", endsWith("/transicion-invalida"));
    as("registrador1").post("/api/filings/" + sale + "/assignment").then().statusCode(200);
    act("registrador1", sale, "examination", "{\"decision\":\"DENY\"}")
        .statusCode(400)
        .body("errors.field", contains("grounds"));
    act("capturista1", sale, "withdrawal", "{\"reason\":\"Desistimiento del interesado\"}")
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("termState", nullValue());
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheOriginalFiling() {
    String body = Fixtures.saleOf(Fixtures.newPropertyFolio());
    String key = "retry-" + System.nanoTime();
    long before = count("select count(*) from filing.filing");

    String first =
        as("capturista1")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("entryNumber");
    String again =
        as("capturista1")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("entryNumber");

    assertThat(again).isEqualTo(first);
    assertThat(count("select count(*) from filing.filing")).isEqualTo(before + 1);
    assertThat(
            query(
                "select outcome from audit.access_event where resource_id = ? order by id", first))
        .containsExactly(List.of("SUCCESS"), List.of("REPLAY"));
    as("capturista1")
        .header("Idempotency-Key", key)
        .body(body.replace("1500000.00", "1600000.00"))
        .post("/api/filings")
        .then()
        .statusCode(409)
        .body("type", endsWith("/clave-idempotencia"));
  }

  @Test
  void theReceiptCarriesTheFeeInUmaAndTheLegalDueDate() {
    as("capturista1")
        .body(Fixtures.saleOf(Fixtures.sharedFolio()))
        .post("/api/filings")
        .then()
        .statusCode(201)
        .body("fee.uma", equalTo(45))
        .body(
            "fee.explanation", org.hamcrest.Matchers.containsString("valor del acto $1,500,000.00"))
        .body("dueDate", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\d"));
  }

  @Test
  void twoRegistrarsExaminingTheSameFilingAtOnceExactlyOneWins() throws Exception {
    String folio = Fixtures.newPropertyFolio();
    String sale = receive(Fixtures.saleOf(folio));
    as("registrador1").post("/api/filings/" + sale + "/assignment").then().statusCode(200);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> both = new ArrayList<>();
    for (String body :
        List.of(
            inscription(sale),
            "{\"decision\":\"SUSPEND\",\"grounds\":\"x\",\"correctionTermDays\":3}")) {
      both.add(
          () ->
              as("registrador1")
                  .body(body)
                  .post("/api/filings/" + sale + "/examination")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(both)) {
      statuses.add(f.get());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
  }

  @Test
  void aPlannerSeesTheFolioButNoPersonalData() {
    String folio = Fixtures.newPropertyFolio();

    String body =
        as("planeador1")
            .get("/api/folios/" + folio)
            .then()
            .statusCode(200)
            .body("holders[0].share", equalTo(100.0f))
            .extract()
            .asString();
    assertThat(body).doesNotContain("Carla", "GOMC850101", "registrador1");
    as("planeador1")
        .queryParam("holder", "GOMC850101MQRRRR09")
        .get("/api/folios")
        .then()
        .statusCode(400);
  }

  @Test
  void foliosAreFoundByHolderCurpAndByCadastralKey() {
    String folio = Fixtures.newPropertyFolio();
    String key =
        as("registrador1").get("/api/folios/" + folio).then().extract().path("cadastralKey");

    as("capturista1")
        .queryParam("cadastralKey", key)
        .get("/api/folios")
        .then()
        .statusCode(200)
        .body("folioNumber", contains(folio));
    as("capturista1")
        .queryParam("holder", "GOMC850101MQRRRR09")
        .queryParam("limit", 100)
        .get("/api/folios")
        .then()
        .statusCode(200)
        .body("folioNumber", org.hamcrest.Matchers.hasItem(folio));
  }

  @Test
  void theWorkQueueListsPendingFilingsInPrelationOrder() {
    String folio = Fixtures.newPropertyFolio();
    String first = receive(mortgageOf(folio));
    String second = receive(Fixtures.saleOf(folio));

    // the newest filings are last in prelación order: read the queue's last page
    int total =
        as("registrador1")
            .queryParam("office", "CUN")
            .queryParam("limit", 1)
            .get("/api/filings/queue")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    List<String> queue =
        as("registrador1")
            .queryParam("office", "CUN")
            .queryParam("limit", 200)
            .queryParam("offset", Math.max(0, total - 200))
            .get("/api/filings/queue")
            .then()
            .statusCode(200)
            .extract()
            .path("filings.entryNumber");
    assertThat(queue).contains(first, second);
    assertThat(queue.indexOf(first)).isLessThan(queue.indexOf(second));
  }

  @Test
  void aPreventiveNoticeReservesItsPriorityForTheDeedItAnnounces() {
    String folio = Fixtures.newPropertyFolio();
    String notice =
        receive(
            """
            {"office":"CUN","procedureType":"AVISO_PREVENTIVO",
             "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},"folios":["%s"],
             "act":{"expiresOn":"2099-12-31","deed":{"number":"4512","notary":"Notaría 3 de Cancún"}}}"""
                .formatted(folio));
    examine(notice, "INSCRIBE").then().statusCode(200);
    String noticePriority =
        as("registrador1").get("/api/filings/" + notice).then().extract().path("priorityAt");
    String competing = receive(mortgageOf(folio));
    String announced = receive(Fixtures.saleOf(folio)); // same deed 4512 before the same notary

    as("registrador1")
        .get("/api/filings/" + announced)
        .then()
        .body("priorityAt", equalTo(noticePriority));
    examine(competing, "INSCRIBE")
        .then()
        .statusCode(409)
        .body("type", endsWith("/prelacion"))
        .body("earlierPending", contains(announced));
  }

  @Test
  void aCompanyIsConstitutedOnAFolioOpenedForIt() {
    String folio =
        as("registrador1")
            .body(
                """
                {"kind":"COMMERCE","office":"PDC","companyName":"Arrecifes del Caribe","legalForm":"S.A. de C.V.",
                 "rfc":"ACA100315AB2","domicile":"Calle 10 Norte 123, Playa del Carmen"}""")
            .post("/api/folios")
            .then()
            .statusCode(201)
            .extract()
            .path("folioNumber");
    String constitution =
        receive(
            """
            {"office":"PDC","procedureType":"CONSTITUCION_SOCIEDAD",
             "applicant":{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00"},"folios":["%s"],"pages":12,
             "act":{"holders":[{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00","share":60},
                               {"name":"Inmobiliaria Caribe Azul","rfc":"ICA050312AB3","share":40}]}}"""
                .formatted(folio));

    examine(constitution, "INSCRIBE").then().statusCode(200);

    as("registrador1")
        .get("/api/folios/" + folio)
        .then()
        .body("kind", equalTo("COMMERCE"))
        .body("entries.kind", contains("CONSTITUTION"))
        .body("holders.identifier", contains("PEHJ900215HQRRRN00", "ICA050312AB3"));
  }

  @Test
  void withdrawalNeedsAReasonAndOnlyASuspendedFilingIsCorrected() {
    String sale = receive(Fixtures.saleOf(Fixtures.newPropertyFolio()));

    act("capturista1", sale, "withdrawal", "{}").statusCode(400);
    act("capturista1", sale, "correction", "{\"note\":\"Trae documentos\"}")
        .statusCode(409)
        .body("type", endsWith("/transicion-invalida"));
    act("registrador1", sale, "examination", "{\"decision\":\"MAYBE\"}")
        .statusCode(400)
        .body(
            "errors[0].message", org.hamcrest.Matchers.containsString("INSCRIBE, SUSPEND o DENY"));
  }

  @Test
  void theOpenApiDocumentIsPublic() {
    String yaml =
        io.restassured.RestAssured.given()
            .baseUri(mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL)
            .get("/api/openapi.yaml")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(yaml)
        .startsWith("openapi: 3.0.3")
        .contains("/filings/{entryNumber}/examination", "/folios/{folioNumber}");
  }
}
