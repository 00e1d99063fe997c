package mx.gob.qroo.rppc.web.folio;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.testing.DemoCa;
import mx.gob.qroo.rppc.testing.DemoCa.Efirma;
import mx.gob.qroo.rppc.web.testing.DemoSigners;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inscribing is signing (API): the registrar fetches the exact bytes an inscription's entries
 * state, signs them with their e.firma, and the registry verifies the signature, the certificate's
 * owner, validity and revocation before it stores anything; each entry keeps its hash and the
 * previous entry's.
 */
class SignedInscriptionIT {

  private static final String RUBEN = "MOPR790930HYNRLB03";

  @TempDir static Path issued;

  private static String assignedSale(String folio) {
    String sale = Fixtures.received(Fixtures.saleOf(folio)).getString("entryNumber");
    as("registrador1").post("/api/filings/" + sale + "/assignment").then().statusCode(200);
    return sale;
  }

  private static io.restassured.response.ValidatableResponse examine(String sale, String body) {
    return as("registrador1").body(body).post("/api/filings/" + sale + "/examination").then();
  }

  @Test
  void theRegistrarSignsExactlyTheEntriesShownAndTheFolioShowsTheSignature() throws Exception {
    String folio = Fixtures.newPropertyFolio();
    String sale = assignedSale(folio);

    JsonPath asked =
        as("registrador1")
            .get("/api/filings/" + sale + "/examination/to-be-signed")
            .then()
            .statusCode(200)
            .body("entries", hasSize(1))
            .body("entries[0].folio", equalTo(folio))
            .body("entries[0].sequence", equalTo(2))
            .body("entries[0].act", equalTo("Compraventa"))
            .body(
                "entries[0].inPlainWords",
                hasItem("Titular: Jorge Pérez Hernández (PEHJ900215HQRRRN00), 100 %"))
            .extract()
            .jsonPath();
    byte[] bytes = Base64.getDecoder().decode(asked.getString("toBeSigned"));
    String opening =
        as("registrador1")
            .get("/api/folios/" + folio)
            .then()
            .extract()
            .path("entries[0].contentHash");
    // the bytes name the filing, the registrar and the folio's last entry: a chain per folio
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("{\"entries\":[{")
        .contains(
            "\"filing\":\"" + sale + "\"",
            "\"registrar\":\"registrador1\"",
            "\"previousHash\":\"" + opening + "\"",
            "\"purpose\":\"rppc.qroo.gob.mx/inscripcion\"");

    examine(sale, "{\"decision\":\"INSCRIBE\"}")
        .statusCode(428)
        .contentType("application/problem+json")
        .body("type", endsWith("/firma-requerida"));
    assertThat(status(sale)).isEqualTo("ASSIGNED");

    Efirma ruben = DemoSigners.of("registrador1");
    examine(sale, DemoSigners.inscription(ruben, bytes))
        .statusCode(200)
        .body("status", equalTo("INSCRIBED"));

    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(ruben.certificateBytes()));
    JsonPath signed = as("registrador1").get("/api/folios/" + folio).then().extract().jsonPath();
    assertThat(signed.getString("entries[1].signature.signerCurp")).isEqualTo(RUBEN);
    assertThat(signed.getString("entries[1].signature.signerName")).isEqualTo("Rubén Moo Pérez");
    assertThat(signed.getString("entries[1].signature.certificateSerial"))
        .isEqualTo(certificate.getSerialNumber().toString(16));
    assertThat(signed.getString("entries[1].contentHash")).matches("[0-9a-f]{64}");
    assertThat(signed.getString("entries[0].signature")).isNull();
    // what the registry keeps: the chain link and the exact bytes signed
    assertThat(
            query(
                "select encode(e.previous_hash, 'hex'), encode(s.statement, 'hex')"
                    + " from folio.entry e join folio.folio f on f.id = e.folio_id"
                    + " join folio.entry_signature s on s.id = e.signature_id"
                    + " where f.folio_number = ? and e.sequence = 2",
                folio))
        .containsExactly(List.of(opening, HexFormat.of().formatHex(bytes)));
  }

  @Test
  void aSignatureThatDoesNotStandIsRefusedWithItsReasonAndNothingIsStored() {
    String folio = Fixtures.newPropertyFolio();
    String sale = assignedSale(folio);
    byte[] bytes = DemoSigners.toBeSigned("registrador1", sale);
    DemoCa authority = DemoSigners.authority(issued);
    Efirma revoked = authority.issue("registrador1-revocada", "Rubén Moo Pérez", RUBEN);
    authority.revoke(revoked);

    examine(sale, DemoSigners.inscription(DemoSigners.of("registrador1"), "otra cosa".getBytes()))
        .statusCode(422)
        .body("type", endsWith("/firma-invalida"));
    examine(
            sale,
            DemoSigners.inscription(
                authority.issue("ajeno", "Carla Gómez Rivera", "GOMC850101MQRRRR09"), bytes))
        .statusCode(422)
        .body("type", endsWith("/certificado-ajeno"));
    examine(
            sale,
            DemoSigners.inscription(
                authority.issueExpired("registrador1-vencida", "Rubén Moo Pérez", RUBEN), bytes))
        .statusCode(422)
        .body("type", endsWith("/certificado-vencido"));
    examine(sale, DemoSigners.inscription(revoked, bytes))
        .statusCode(422)
        .body("type", endsWith("/certificado-revocado"))
        .body("detail", startsWith("el certificado fue revocado"));
    examine(
            sale,
            "{\"decision\":\"INSCRIBE\",\"signature\":{\"certificate\":\"%%%\",\"value\":\"\"}}")
        .statusCode(400)
        .body("errors.field", contains("signature.certificate", "signature.value"));

    assertThat(status(sale)).isEqualTo("ASSIGNED");
    as("registrador1").get("/api/folios/" + folio).then().body("entries", hasSize(1));
    assertThat(
            count("select count(*) from folio.entry_signature where filing_entry_number = ?", sale))
        .isZero();
    // every refused attempt is in the access log (the malformed request never reached the service)
    assertThat(
            count(
                "select count(*) from audit.access_event where resource_id = ? and outcome = 'REJECTED'",
                sale))
        .isEqualTo(4);

    examine(sale, DemoSigners.signedInscription("registrador1", sale)).statusCode(200);
  }

  @Test
  void aSignatureOfOneInscriptionDoesNotInscribeAnother() {
    String folio = Fixtures.newPropertyFolio();
    String sale = assignedSale(folio);
    String other = assignedSale(Fixtures.newPropertyFolio());
    // the same act on another folio: only the filing and the folio differ in what is signed
    String signedForOther = DemoSigners.signedInscription("registrador1", other);

    examine(sale, signedForOther).statusCode(422).body("type", endsWith("/firma-invalida"));
    assertThat(status(sale)).isEqualTo("ASSIGNED");
    examine(other, signedForOther).statusCode(200);
    // and once used, it is spent: the folio moved on, the filing is inscribed
    examine(other, signedForOther).statusCode(409).body("type", endsWith("/transicion-invalida"));
  }

  @Test
  void aFilingThatWritesNoEntryHasNothingToSign() {
    String folio = Fixtures.newPropertyFolio();
    String request =
        Fixtures.received(Fixtures.certificateRequestOf(folio)).getString("entryNumber");
    as("registrador1").post("/api/filings/" + request + "/assignment").then().statusCode(200);

    as("registrador1")
        .get("/api/filings/" + request + "/examination/to-be-signed")
        .then()
        .statusCode(200)
        .body("toBeSigned", equalTo(""))
        .body("entries", hasSize(0));
    examine(request, "{\"decision\":\"INSCRIBE\"}").statusCode(200);
  }

  @Test
  void onlyTheRegistrarTheFilingIsTurnedToInItsOfficeIsToldWhatToSign() {
    String sale = assignedSale(Fixtures.newPropertyFolio());

    as("registrador-cun")
        .get("/api/filings/" + sale + "/examination/to-be-signed")
        .then()
        .statusCode(409)
        .body("type", endsWith("/asignada-a-otro"));
    as("capturista1")
        .get("/api/filings/" + sale + "/examination/to-be-signed")
        .then()
        .statusCode(403);
    as("registrador-pdc")
        .get("/api/filings/" + sale + "/examination/to-be-signed")
        .then()
        .statusCode(403)
        .body("type", endsWith("/fuera-de-su-oficina"));
    io.restassured.RestAssured.given()
        .baseUri(mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL)
        .get("/api/filings/" + sale + "/examination/to-be-signed")
        .then()
        .statusCode(401);
  }

  private static String status(String entryNumber) {
    return as("registrador1").get("/api/filings/" + entryNumber).then().extract().path("status");
  }
}
