package mx.gob.qroo.rppc.certificate.infrastructure;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mx.gob.qroo.rppc.certificate.domain.SealValidation;
import mx.gob.qroo.rppc.certificate.domain.SealValidation.Outcome;

/**
 * Validates a certificate's PAdES signature with DSS and its default validation policy, offline: no
 * online source is configured, so the verdict rests on what the file embeds and on the one
 * authority trusted here (the issuer of the registry's seal).
 */
public final class PdfSignatureValidation {

  private static final Set<SignatureLevel> LONG_TERM =
      Set.of(SignatureLevel.PAdES_BASELINE_LT, SignatureLevel.PAdES_BASELINE_LTA);

  private final CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();

  public PdfSignatureValidation(X509Certificate authority) {
    trusted.addCertificate(new CertificateToken(authority));
  }

  public SealValidation validate(byte[] pdf) {
    CommonCertificateVerifier offline = new CommonCertificateVerifier();
    offline.setTrustedCertSources(trusted);
    // nothing fetched: not the issuers a certificate names, not its revocation
    offline.setAIASource(null);
    offline.setOcspSource(null);
    offline.setCrlSource(null);
    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
    validator.setCertificateVerifier(offline);
    SimpleReport report = validator.validateDocument().getSimpleReport();
    String id = report.getFirstSignatureId();
    if (id == null) {
      return new SealValidation(Outcome.UNSIGNED, null, null, null, null, false, false, List.of());
    }
    List<XmlTimestamp> stamps = report.getSignatureTimestamps(id);
    XmlTimestamp stamp = stamps.isEmpty() ? null : stamps.get(0);
    SignatureLevel level = report.getSignatureFormat(id);
    return new SealValidation(
        outcome(report.getIndication(id)),
        level == null ? null : level.toString(),
        report.getSignedBy(id),
        stamp == null ? null : Instant.ofEpochMilli(stamp.getProductionTime().getTime()),
        stamp == null ? null : stamp.getProducedBy(),
        stamp != null && stamp.getIndication() == Indication.PASSED,
        LONG_TERM.contains(level),
        report.getAdESValidationErrors(id).stream().map(Message::getValue).toList());
  }

  private static Outcome outcome(Indication indication) {
    return switch (indication) {
      case TOTAL_PASSED, PASSED -> Outcome.VALID;
      case TOTAL_FAILED, FAILED -> Outcome.INVALID;
      default -> Outcome.UNDETERMINED;
    };
  }
}
