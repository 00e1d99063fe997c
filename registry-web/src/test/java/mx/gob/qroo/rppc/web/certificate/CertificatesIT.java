package mx.gob.qroo.rppc.web.certificate;

import static io.restassured.RestAssured.given;
import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.DemoSigners;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.Instance;
import mx.gob.qroo.rppc.web.testing.StandaloneVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lien certificates: issued when the registrar resolves a certificate filing, handed out by staff
 * as a signed PDF, verified by anyone by code and by upload.
 */
class CertificatesIT {

  private static final String CURP = "[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d";

  /** A filing of a type on the folio, received and then inscribed (signed) by registrador1. */
  private static String resolved(String type, String folio, String act) {
    String entry =
        Fixtures.received(
                """
                {"office":"CUN","procedureType":"%s",
                 "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},
                 "folios":["%s"]%s}"""
                    .formatted(type, folio, act))
            .getString("entryNumber");
    as("registrador1").post("/api/filings/" + entry + "/assignment").then().statusCode(200);
    if (type.startsWith("CERTIFICADO")) {
      // a certificate writes no entry: it needs no registrar signature
      as("registrador1")
          .body("{\"decision\":\"INSCRIBE\"}")
          .post("/api/filings/" + entry + "/examination")
          .then()
          .statusCode(200);
    } else {
      DemoSigners.inscribe("registrador1", entry).statusCode(200);
    }
    return entry;
  }

  /** The certificate a resolved certificate filing issued: its code and its PDF as handed out. */
  private record Issued(String code, byte[] pdf) {}

  private static Issued certificateOf(String folio) {
    String filing = resolved("CERTIFICADO_LIBERTAD_GRAVAMEN", folio, "");
    JsonPath list =
        as("capturista1")
            .get("/api/certificates?filing=" + filing)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getList("folioNumber")).containsExactly(folio);
    String code = list.getString("[0].code");
    byte[] pdf =
        as("capturista1")
            .accept("application/pdf")
            .get("/api/certificates/" + code + "/pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(sha256(pdf)).isEqualTo(list.getString("[0].sha256"));
    assertThat(list.getString("[0].verifyUrl")).endsWith("/verificar/" + code);
    return new Issued(code, pdf);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String page(String code) {
    return given().baseUri(BASE_URL).get("/verificar/" + code).then().extract().asString();
  }

  private static String upload(String code, byte[] pdf) {
    return given()
        .baseUri(BASE_URL)
        .multiPart("archivo", "certificado.pdf", pdf, "application/pdf")
        .post("/verificar/" + code)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static byte[] tampered(byte[] pdf) {
    byte[] copy = pdf.clone();
    copy[copy.length / 3] ^= 1;
    return copy;
  }

  @Test
  void aCertificateAttestsTheFolioAsOfItsInstantForeverAndOnlyTheOriginalPasses() {
    String folio = Fixtures.newPropertyFolio();
    Issued free = certificateOf(folio);
    long reads =
        Deployment.count(
            "select count(*) from audit.access_event where resource_type = 'CERTIFICATE'"
                + " and resource_id = '"
                + free.code()
                + "' and action = 'READ'");
    assertThat(reads).isEqualTo(1);
    as("planeador1").get("/api/certificates?filing=CUN-2026-000001").then().statusCode(403);

    assertThat(page(free.code()))
        .contains(folio, "Libre de gravámenes", "Carla Gómez Rivera", free.code())
        .contains("id=\"firma-valida\"", "id=\"sello-de-tiempo\"", "SELLO DE TIEMPO DEMO")
        .contains("id=\"largo-plazo\"", "PAdES-BASELINE-LT")
        .doesNotContain("id=\"no-atestado\"", "id=\"firma-invalida\"")
        .doesNotContainPattern(CURP);

    // a mortgage is inscribed afterwards: the first certificate still says what was true then
    resolved(
        "HIPOTECA",
        folio,
        ",\"act\":{\"amount\":900000,\"beneficiaryName\":\"Banco del Caribe, S.A.\","
            + "\"deed\":{\"number\":\"4513\",\"notary\":\"Notaría 3 de Cancún\"}}");
    assertThat(page(free.code())).contains("Libre de gravámenes").doesNotContain("Hipoteca");
    Issued encumbered = certificateOf(folio);
    assertThat(page(encumbered.code()))
        .contains("Existencia de gravámenes", "Hipoteca", "Banco del Caribe");

    assertThat(upload(free.code(), free.pdf()))
        .contains("id=\"original\"")
        .doesNotContain("id=\"alterado\"");
    assertThat(upload(free.code(), tampered(free.pdf()))).contains("id=\"alterado\"");
    // a genuine certificate, but of another code, is not this one
    assertThat(upload(free.code(), encumbered.pdf())).contains("id=\"alterado\"");
  }

  /**
   * The EU's DSS, with nothing but the DEMO authority trusted and no network (what the file
   * embeds): PAdES-BASELINE-LT, the signature intact, its timestamp made by the instance's DEMO
   * time-stamping authority and valid.
   */
  @Test
  void anIssuedCertificateValidatesWithDssAsPadesBaselineLt() throws Exception {
    Issued issued = certificateOf(Fixtures.newPropertyFolio());
    Path ca = Instance.workDir().resolve("demo-ca");
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(DSSUtils.loadCertificate(Files.readAllBytes(ca.resolve("ca.cer"))));
    CommonCertificateVerifier offline = new CommonCertificateVerifier(true);
    offline.setTrustedCertSources(trusted);
    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(issued.pdf()));
    validator.setCertificateVerifier(offline);
    Reports reports = validator.validateDocument();

    SimpleReport simple = reports.getSimpleReport();
    String id = simple.getFirstSignatureId();
    assertThat(simple.getSignaturesCount()).isEqualTo(1);
    assertThat(simple.getIndication(id))
        .as(simple.getAdESValidationErrors(id).toString())
        .isEqualTo(Indication.TOTAL_PASSED);
    assertThat(simple.getSignatureFormat(id))
        .isIn(SignatureLevel.PAdES_BASELINE_LT, SignatureLevel.PAdES_BASELINE_LTA);
    SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
    assertThat(signature.isSignatureIntact()).isTrue();
    assertThat(signature.isSignatureValid()).isTrue();

    List<TimestampWrapper> stamps =
        signature.getTimestampList().stream()
            .filter(t -> t.getType() == TimestampType.SIGNATURE_TIMESTAMP)
            .toList();
    assertThat(stamps).hasSize(1);
    TimestampWrapper stamp = stamps.get(0);
    assertThat(stamp.isMessageImprintDataIntact()).isTrue();
    assertThat(stamp.isSignatureIntact()).isTrue();
    CertificateToken authority =
        DSSUtils.loadCertificate(Files.readAllBytes(ca.resolve("tsa/tsa.cer.pem")));
    // DSS names a certificate by the SHA-256 of its encoding
    assertThat(stamp.getSigningCertificate().getId()).isEqualTo(authority.getDSSIdAsString());
    assertThat(simple.getSignatureTimestamps(id).get(0).getIndication())
        .isEqualTo(Indication.PASSED);
  }

  /**
   * The offline proof of issuance (C2SP tlog-proof): once a checkpoint the witness cosigned covers
   * the certificate's seal, anyone downloads it and the standalone verifier, with only the log's
   * and the witness's public keys, finds the file sealed in the log; another file is not.
   */
  @Test
  void anIssuedCertificateCarriesAnOfflineProofOfItsSealInTheLog() throws Exception {
    Issued issued = certificateOf(Fixtures.newPropertyFolio());
    Issued other = certificateOf(Fixtures.newPropertyFolio());
    StandaloneVerifier.checkpoint();
    var answer =
        given().baseUri(BASE_URL).get("/verificar/" + issued.code().toLowerCase() + "/prueba");
    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
    assertThat(answer.header("Content-Disposition")).contains(issued.code() + ".tlog-proof");
    String proof = answer.asString();
    assertThat(proof).startsWith("c2sp.org/tlog-proof@v1\nextra ").contains("\nindex ");
    // both signatures: the log's and the witness's (em dash lines)
    assertThat(proof.lines().filter(l -> l.startsWith("\u2014 "))).hasSize(2);

    StandaloneVerifier.Outcome verified = StandaloneVerifier.certificate(issued.pdf(), proof);
    assertThat(verified.status()).as(verified.output()).isZero();
    assertThat(verified.output()).contains("VERIFICADO");
    StandaloneVerifier.Outcome foreign = StandaloneVerifier.certificate(other.pdf(), proof);
    assertThat(foreign.status()).as(foreign.output()).isEqualTo(1);
    assertThat(foreign.output()).contains("no es el que el Registro emitió");
    StandaloneVerifier.Outcome altered =
        StandaloneVerifier.certificate(tampered(issued.pdf()), proof);
    assertThat(altered.status()).isEqualTo(1);

    given().baseUri(BASE_URL).get("/verificar/CLG-2345-6789-ABCD/prueba").then().statusCode(404);
    assertThat(page(issued.code())).contains("/verificar/" + issued.code() + "/prueba");
  }

  /**
   * A stored file altered in the database (as the superuser, triggers off), its recorded SHA-256
   * rewritten to match: the signature no longer holds, and the page stops attesting it.
   */
  @Test
  void aStoredCertificateAlteredBehindTheApplicationIsNoLongerAttested() throws Exception {
    Issued issued = certificateOf(Fixtures.newPropertyFolio());
    String flip =
        "update certificate.lien_certificate set pdf = set_byte(pdf, 200, get_byte(pdf, 200) # 1)"
            + " where code = '"
            + issued.code()
            + "'";
    String rehash =
        "update certificate.lien_certificate set sha256 = encode(sha256(pdf), 'hex')"
            + " where code = '"
            + issued.code()
            + "'";
    Deployment.tamperAsSuperuser(flip, rehash);
    try {
      assertThat(page(issued.code()))
          .contains("id=\"no-atestado\"", "id=\"firma-invalida\"", "La firma electrónica del")
          .doesNotContain("id=\"firma-valida\"");
    } finally {
      Deployment.tamperAsSuperuser(flip, rehash);
    }
    assertThat(page(issued.code()))
        .contains("id=\"firma-valida\"")
        .doesNotContain("id=\"no-atestado\"");
  }

  private static final String MORTGAGE =
      ",\"act\":{\"amount\":900000,\"beneficiaryName\":\"Banco del Caribe, S.A.\","
          + "\"deed\":{\"number\":\"4513\",\"notary\":\"Notaría 3 de Cancún\"}}";

  private static String receivedOnly(String type, String folio, String act) {
    return Fixtures.received(
            """
            {"office":"CUN","procedureType":"%s",
             "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},
             "folios":["%s"]%s}"""
                .formatted(type, folio, act))
        .getString("entryNumber");
  }

  /**
   * Prelación as practice reads it: a certificate request is not held back by a deed pending on its
   * folio (its certificate reports it), and a pending certificate request holds no later deed back.
   */
  @Test
  void aCertificateRequestIsNotHeldBackByPendingDeedsAndReportsThem() {
    String folio = Fixtures.newPropertyFolio();
    String pendingMortgage = receivedOnly("HIPOTECA", folio, MORTGAGE);
    Issued issued = certificateOf(folio);
    assertThat(page(issued.code()))
        .contains(
            "id=\"en-tramite\"",
            pendingMortgage,
            "Constitución de hipoteca, con prelación desde el");

    String other = Fixtures.newPropertyFolio();
    String request = receivedOnly("CERTIFICADO_LIBERTAD_GRAVAMEN", other, "");
    String laterMortgage = resolved("HIPOTECA", other, MORTGAGE);
    assertThat(
            as("capturista1")
                .get("/api/filings/" + laterMortgage)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status"))
        .as("inscribed although the certificate request before it is pending")
        .isEqualTo("INSCRIBED");
    assertThat(
            as("capturista1")
                .get("/api/filings/" + request)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status"))
        .isEqualTo("RECEIVED");
  }

  @Test
  void anUnknownOrMalformedCodeGetsA404PageSayingSo() {
    for (String code : new String[] {"CLG-2345-6789-ABCD", "nada"}) {
      String body =
          given()
              .baseUri(BASE_URL)
              .get("/verificar/" + code)
              .then()
              .statusCode(404)
              .extract()
              .asString();
      assertThat(body)
          .contains("Certificado no encontrado", "No existe un certificado con el código");
    }
  }

  @Test
  void aCitizenVerifiesByCodeAndByUploadInTheBrowser(@TempDir Path files) throws Exception {
    String folio = Fixtures.newPropertyFolio();
    Issued issued = certificateOf(folio);
    Path original = Files.write(files.resolve("certificado.pdf"), issued.pdf());
    Path altered = Files.write(files.resolve("alterado.pdf"), tampered(issued.pdf()));
    WebDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      browser.get(BASE_URL + "/verificar");
      browser.findElement(By.id("codigo")).sendKeys(issued.code().toLowerCase());
      browser.findElement(By.id("verificar")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificado")));
      assertThat(browser.findElement(By.id("folio")).getText()).isEqualTo(folio);
      assertThat(browser.findElement(By.id("dictamen")).getText()).isEqualTo("Libre de gravámenes");

      browser.findElement(By.id("archivo")).sendKeys(original.toString());
      browser.findElement(By.id("cotejar")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("original")));

      browser.findElement(By.id("archivo")).sendKeys(altered.toString());
      browser.findElement(By.id("cotejar")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alterado")));
      assertThat(browser.findElement(By.id("alterado")).getText()).contains("no coincide");
    } finally {
      browser.quit();
    }
  }
}
