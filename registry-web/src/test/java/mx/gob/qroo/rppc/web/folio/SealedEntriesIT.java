package mx.gob.qroo.rppc.web.folio;

import static io.restassured.RestAssured.given;
import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mx.gob.qroo.rppc.web.testing.DemoSigners;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.StandaloneVerifier;
import org.junit.jupiter.api.Test;

/**
 * Every entry is sealed in the transparency log when it is written. A database superuser who
 * changes an entry behind the application's back (triggers off) cannot make it agree with its seal:
 * the public verification page stops attesting the certificates of that folio and says which entry
 * no longer verifies, and the auditors' standalone verifier reports it. Each tampering is undone
 * before the test ends, so that the rest of the suite finds the registry whole.
 */
class SealedEntriesIT {

  /** A folio (opening, entry 1) sold to Jorge (entry 2, signed), and a certificate of it. */
  private record Certified(String folio, String code) {}

  private static Certified certifiedSale() {
    String folio = Fixtures.newPropertyFolio();
    String sale = Fixtures.received(Fixtures.saleOf(folio)).getString("entryNumber");
    as("registrador1").post("/api/filings/" + sale + "/assignment").then().statusCode(200);
    DemoSigners.inscribe("registrador1", sale).statusCode(200);
    String request =
        Fixtures.received(Fixtures.certificateRequestOf(folio)).getString("entryNumber");
    as("registrador1").post("/api/filings/" + request + "/assignment").then().statusCode(200);
    as("registrador1")
        .body("{\"decision\":\"INSCRIBE\"}")
        .post("/api/filings/" + request + "/examination")
        .then()
        .statusCode(200);
    String code =
        as("capturista1")
            .get("/api/certificates?filing=" + request)
            .then()
            .statusCode(200)
            .extract()
            .path("[0].code");
    return new Certified(folio, code);
  }

  private static String page(String code) {
    return given()
        .baseUri(BASE_URL)
        .get("/verificar/" + code)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static String entry(String folio, int sequence) {
    return "(select e.id from folio.entry e join folio.folio f on f.id = e.folio_id"
        + " where f.folio_number = '"
        + folio
        + "' and e.sequence = "
        + sequence
        + ")";
  }

  @Test
  void everyEntryWrittenIsSealedInTheLogWithItsHash() {
    Certified sold = certifiedSale();

    List<List<String>> sealed =
        query(
            "select e.resource_id, encode(e.entry_hash, 'hex') = encode(x.content_hash, 'hex')"
                + " from audit.access_event e"
                + " join folio.folio f on e.resource_id like f.folio_number || '/%'"
                + " join folio.entry x on x.folio_id = f.id"
                + "  and e.resource_id = f.folio_number || '/' || x.sequence"
                + " where e.resource_type = 'ENTRY' and f.folio_number = ? order by e.id",
            sold.folio());
    assertThat(sealed)
        .containsExactly(List.of(sold.folio() + "/1", "t"), List.of(sold.folio() + "/2", "t"));
    assertThat(page(sold.code()))
        .contains("id=\"asientos-sellados\"", "Los 2 asientos")
        .doesNotContain("id=\"no-atestado\"");
  }

  /**
   * Tampers as the superuser, then the page and the verifier must both report {@code problem}; the
   * tampering is undone whatever happens, and the certificate is attested again.
   */
  private static void foundAndUndone(
      Certified sold, String problem, List<String> tampering, List<String> undoing)
      throws Exception {
    Deployment.tamperAsSuperuser(tampering.toArray(String[]::new));
    try {
      assertThat(page(sold.code()))
          .contains("id=\"no-atestado\"", problem)
          .doesNotContain("id=\"asientos-sellados\"");
      StandaloneVerifier.Outcome outcome = StandaloneVerifier.run(true);
      assertThat(outcome.status()).as(outcome.output()).isEqualTo(1);
      assertThat(outcome.output()).contains("ALTERADA", problem);
    } finally {
      Deployment.tamperAsSuperuser(undoing.toArray(String[]::new));
    }
    assertThat(page(sold.code())).contains("id=\"asientos-sellados\"");
  }

  @Test
  void anAlteredEntryLeavesItsCertificatesUnattestedAndTheVerifierSaysWhich() throws Exception {
    Certified sold = certifiedSale();
    String sale = entry(sold.folio(), 2);
    String value = query("select act_value_mxn from folio.entry where id = " + sale).get(0).get(0);
    // a lower price, with the hash recomputed beside it: only the log still knows the signed one
    foundAndUndone(
        sold,
        "el asiento 2 del folio " + sold.folio() + " fue alterado",
        List.of(
            "update folio.entry set act_value_mxn = 15000, content_hash = sha256(content_hash)"
                + " where id = "
                + sale),
        List.of(
            "update folio.entry set act_value_mxn = "
                + value
                + ", content_hash = (select entry_hash from audit.access_event"
                + " where resource_type = 'ENTRY' and resource_id = '"
                + sold.folio()
                + "/2') where id = "
                + sale));
  }

  @Test
  void aBrokenChainIsFoundOnThePageAndByTheVerifier() throws Exception {
    Certified sold = certifiedSale();
    String sale = entry(sold.folio(), 2);
    // the sale now names itself instead of the opening before it
    foundAndUndone(
        sold,
        "la cadena del folio "
            + sold.folio()
            + " se rompe en el asiento 2: no nombra el hash del asiento 1",
        List.of(
            "create table public.chain_backup as select id, previous_hash from folio.entry"
                + " where id = "
                + sale,
            "update folio.entry set previous_hash = content_hash where id = " + sale),
        List.of(
            "update folio.entry e set previous_hash = b.previous_hash from public.chain_backup b"
                + " where e.id = b.id",
            "drop table public.chain_backup"));
  }

  @Test
  void aDeletedEntryIsFoundOnThePageAndByTheVerifier() throws Exception {
    Certified sold = certifiedSale();
    String sale = entry(sold.folio(), 2);
    // the sale is gone, so the page shows Carla as the holder again, but not as attested
    foundAndUndone(
        sold,
        "el asiento 2 del folio "
            + sold.folio()
            + ", sellado en la bitácora, ya no existe (borrado)",
        List.of(
            "create table public.entry_backup as select * from folio.entry where id = " + sale,
            "delete from folio.entry where id = " + sale),
        List.of(
            "insert into folio.entry select * from public.entry_backup",
            "drop table public.entry_backup"));
  }
}
