package mx.gob.qroo.rppc.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.domain.LienCertificate;
import mx.gob.qroo.rppc.certificate.domain.LienCertificates;
import mx.gob.qroo.rppc.certificate.domain.PendingFiling;
import mx.gob.qroo.rppc.certificate.domain.VerificationCode;
import mx.gob.qroo.rppc.certificate.infrastructure.CertificatePdf;
import mx.gob.qroo.rppc.folio.domain.Folio;

/**
 * Issues a lien certificate of a folio as of the resolution's instant, inside the registrar's
 * transaction: facts, PDF with its code and QR, signature, SHA-256, stored together or not at all.
 */
@ApplicationScoped
public class CertificateIssuance {

  private static final CertificatePdf PDF = new CertificatePdf();

  @Inject LienCertificates certificates;
  @Inject CertificateSigningKey key;

  public LienCertificate issue(
      Folio folio, String filingEntryNumber, Instant at, List<PendingFiling> pending) {
    String code = VerificationCode.random();
    byte[] signed = render(CertificateFacts.of(folio, at).withPending(pending), code, at);
    LienCertificate certificate =
        new LienCertificate(
            code, filingEntryNumber, folio.number().toString(), at, sha256(signed), pending);
    certificates.store(certificate, signed);
    return certificate;
  }

  /** The signed PDF of these facts (also for the benchmark of rendering). */
  public byte[] render(CertificateFacts facts, String code, Instant at) {
    byte[] drawn = PDF.render(facts, code, verifyUrl(code));
    return key.signature()
        .sign(drawn, "Certificado de libertad o existencia de gravámenes " + code, at);
  }

  public static String verifyUrl(String code) {
    String base = System.getProperty("rppc.public-url", "http://localhost:8080");
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + "/verificar/"
        + code;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
