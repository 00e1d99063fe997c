package mx.gob.qroo.rppc.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignedCertificatePdfTest {

  private static final Instant AS_OF = Instant.parse("2026-11-23T15:30:00Z");
  private static KeyPair keys;
  private static X509Certificate certificate;

  @BeforeAll
  static void aKeyAndItsCertificate() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    X500Name name = new X500Name("CN=Prueba");
    certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.ONE,
                        new Date(0),
                        new Date(4_102_444_800_000L),
                        name,
                        keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
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
        notices);
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
              "CLG-2345-6789-ABCD",
              "10:30:00 h");
    }
    try (PDDocument free = Loader.loadPDF(pdf.render(facts(false), "CLG-X", "https://x"))) {
      assertThat(new PDFTextStripper().getText(free)).contains("LIBRE DE GRAVÁMENES");
    }
  }

  @Test
  void theSignatureCoversTheWholeFileAsPadesAsks() throws Exception {
    byte[] drawn = new CertificatePdf().render(facts(false), "CLG-2345-6789-ABCD", "https://x");
    byte[] signed =
        new PdfSignature(keys.getPrivate(), certificate).sign(drawn, "Certificado", AS_OF);

    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      int[] range = signature.getByteRange();
      assertThat(range[0]).isZero();
      assertThat(range[2] + range[3]).isEqualTo(signed.length);
      CMSSignedData cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signature.getSignedContent(signed)),
              signature.getContents(signed));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
          .isTrue();
      assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
          .isNotNull();
      assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();

      // one changed byte of the signed content and the signature no longer holds
      byte[] content = signature.getSignedContent(signed);
      content[100] ^= 1;
      SignerInformation tampered =
          new CMSSignedData(new CMSProcessableByteArray(content), signature.getContents(signed))
              .getSignerInfos()
              .getSigners()
              .iterator()
              .next();
      assertThat(verifies(tampered)).isFalse();
    }
  }

  private static boolean verifies(SignerInformation signer) {
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (Exception e) {
      return false;
    }
  }
}
