package mx.gob.qroo.rppc.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.domain.PendingFiling;
import mx.gob.qroo.rppc.certificate.domain.SealValidation;
import mx.gob.qroo.rppc.certificate.domain.SealValidation.Outcome;
import mx.gob.qroo.rppc.shared.domain.TooBusyException;
import mx.gob.qroo.rppc.testing.DemoCa;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate's page, and its PAdES-BASELINE-LT signature made and validated with DSS against
 * the repository's DEMO authority, its OCSP responder and its time-stamping authority (real openssl
 * processes, tools/demo-ca).
 */
class SignedCertificatePdfTest {

  private static final Instant AS_OF = Instant.parse("2026-11-23T15:30:00Z");
  @TempDir static Path files;
  private static DemoCa ca;
  private static PdfSignature seal;
  private static X509Certificate authority;

  @BeforeAll
  static void theRegistrysSealFromTheDemoAuthority() throws Exception {
    ca = DemoCa.create(files).startResponder().startTimeStamping();
    Path keys = ca.seal(files.resolve("seal"));
    PrivateKey key =
        KeyFactory.getInstance("RSA")
            .generatePrivate(
                new PKCS8EncodedKeySpec(Files.readAllBytes(keys.resolve("private.p8"))));
    authority = certificate(keys.resolve("issuer.der"));
    seal =
        new PdfSignature(
            key,
            certificate(keys.resolve("certificate.der")),
            List.of(authority),
            ca.tsaUrl().toString());
  }

  @AfterAll
  static void stop() {
    ca.close();
  }

  private static X509Certificate certificate(Path file) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  private static CertificateFacts facts(boolean withMortgage) {
    List<CertificateFacts.Standing> liens =
        withMortgage
            ? List.of(
                new CertificateFacts.Standing(
                    3,
                    "Hipoteca",
                    Instant.parse("2026-05-04T16:00:00Z"),
                    "CUN-2026-000006",
                    new BigDecimal("816750.00"),
                    "INFONAVIT",
                    null))
            : List.of();
    List<CertificateFacts.Standing> notices =
        withMortgage
            ? List.of(
                new CertificateFacts.Standing(
                    4,
                    "Aviso preventivo",
                    Instant.parse("2026-11-02T16:00:00Z"),
                    "CUN-2026-000140",
                    null,
                    null,
                    LocalDate.of(2026, 12, 2)))
            : List.of();
    return new CertificateFacts(
        "CUN-FR-000001",
        "23005-023-0001-001",
        "Av. Tulum 10, SM 4, Cancún",
        AS_OF,
        List.of(
            new CertificateFacts.Holding("Luis Fernando López Ortiz", new BigDecimal("100.00"))),
        liens,
        notices,
        withMortgage
            ? List.of(
                new PendingFiling(
                    "CUN-2026-000151", "Compraventa", Instant.parse("2026-11-20T17:00:00Z")))
            : List.of());
  }

  @Test
  void theSameFactsDrawTheSamePageWithWhatItAttests() throws Exception {
    CertificatePdf pdf = new CertificatePdf();
    byte[] once =
        pdf.render(facts(true), "CLG-2345-6789-ABCD", "https://rppc/verificar/CLG-2345-6789-ABCD");
    byte[] again =
        pdf.render(facts(true), "CLG-2345-6789-ABCD", "https://rppc/verificar/CLG-2345-6789-ABCD");
    assertThat(Arrays.equals(once, again)).as("the same bytes").isTrue();
    try (PDDocument document = Loader.loadPDF(once)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Certificado de libertad o existencia de gravámenes",
              "CUN-FR-000001",
              "Luis Fernando López Ortiz — 100 %",
              "EXISTENCIA DE GRAVÁMENES",
              "Hipoteca",
              "$816,750.00",
              "INFONAVIT",
              "vigente hasta el 2 de diciembre de 2026",
              "Solicitudes en trámite sobre el folio",
              "CUN-2026-000151, Compraventa, con prelación desde el 20 de noviembre de 2026",
              "CLG-2345-6789-ABCD",
              "10:30:00 h");
    }
    try (PDDocument free = Loader.loadPDF(pdf.render(facts(false), "CLG-X", "https://x"))) {
      assertThat(new PDFTextStripper().getText(free)).contains("LIBRE DE GRAVÁMENES");
    }
  }

  @Test
  void theSignatureIsPadesBaselineLtWithATimestampAndValidatesOffline() throws Exception {
    byte[] drawn = new CertificatePdf().render(facts(false), "CLG-2345-6789-ABCD", "https://x");
    Instant claimed = Instant.now().plusSeconds(1);
    byte[] signed = seal.sign(drawn, "Certificado CLG-2345-6789-ABCD", claimed);

    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      int[] range = signature.getByteRange();
      assertThat(range[0]).isZero();
      int signedEnd = range[2] + range[3];
      assertThat(signedEnd)
          .as("the signature's revision ends before the last")
          .isLessThan(signed.length);
      // LT: one more revision, after the signature, adds only the security store (/DSS) with
      // the chain and the OCSP answers of the seal's and the time-stamping authority's
      // certificates
      String after =
          new String(signed, signedEnd, signed.length - signedEnd, StandardCharsets.ISO_8859_1);
      assertThat(after).contains("/DSS", "/OCSPs", "/Certs");
      assertThat(document.getDocumentCatalog().getCOSObject().getDictionaryObject("DSS"))
          .isNotNull();
    }
    SealValidation validation = new PdfSignatureValidation(authority).validate(signed);
    assertThat(validation.outcome()).as(validation.errors().toString()).isEqualTo(Outcome.VALID);
    assertThat(validation.level()).isEqualTo("PAdES-BASELINE-LT");
    assertThat(validation.longTerm()).isTrue();
    assertThat(validation.signer()).contains("Registro Publico de prueba - DEMO");
    assertThat(validation.stampValid()).isTrue();
    assertThat(validation.stampedBy()).contains("SELLO DE TIEMPO DEMO");
    // the authority's time, not the one the signer claimed (a second ahead)
    assertThat(validation.stampedAt()).isBefore(claimed);
    assertThat(Duration.between(validation.stampedAt(), Instant.now()))
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aChangedByteOrAnotherAuthorityIsNotValid() throws Exception {
    byte[] drawn = new CertificatePdf().render(facts(true), "CLG-2345-6789-ABCE", "https://x");
    byte[] signed = seal.sign(drawn, "Certificado", Instant.now().plusSeconds(1));
    int[] range;
    try (PDDocument document = Loader.loadPDF(signed)) {
      range = document.getLastSignatureDictionary().getByteRange();
    }
    byte[] tampered = signed.clone();
    // a byte of the page's content stream, inside the signed range
    tampered[range[1] / 2] ^= 1;
    assertThat(new PdfSignatureValidation(authority).validate(tampered).outcome())
        .isIn(Outcome.INVALID, Outcome.UNDETERMINED)
        .isNotEqualTo(Outcome.VALID);

    try (DemoCa stranger = DemoCa.create(files.resolve("stranger"))) {
      X509Certificate other = certificate(stranger.caDir().resolve("ca.cer"));
      assertThat(new PdfSignatureValidation(other).validate(signed).outcome())
          .as("a seal no trusted authority issued")
          .isEqualTo(Outcome.UNDETERMINED);
    }
    assertThat(new PdfSignatureValidation(authority).validate(drawn).outcome())
        .isEqualTo(Outcome.UNSIGNED);
  }

  @Test
  void withoutTheTimeStampingAuthorityNothingIsSignedAndTheCallerMayTryAgain() throws Exception {
    Path keys = files.resolve("seal");
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    PdfSignature unstamped =
        new PdfSignature(
            KeyFactory.getInstance("RSA")
                .generatePrivate(
                    new PKCS8EncodedKeySpec(Files.readAllBytes(keys.resolve("private.p8")))),
            certificate(keys.resolve("certificate.der")),
            List.of(authority),
            // a port nothing listens on any more
            "http://127.0.0.1:" + closed + "/");
    byte[] drawn = new CertificatePdf().render(facts(false), "CLG-2345-6789-ABCF", "https://x");
    assertThatThrownBy(() -> unstamped.sign(drawn, "Certificado", Instant.now().plusSeconds(1)))
        .isInstanceOf(TooBusyException.class)
        .hasMessageContaining("sello de tiempo")
        .hasMessageNotContaining("127.0.0.1");
  }
}
