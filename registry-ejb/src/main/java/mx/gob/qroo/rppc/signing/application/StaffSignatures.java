package mx.gob.qroo.rppc.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import mx.gob.qroo.rppc.audit.domain.StaffDirectory;
import mx.gob.qroo.rppc.audit.domain.StaffMember;
import mx.gob.qroo.rppc.signing.domain.CertificateTrust;
import mx.gob.qroo.rppc.signing.domain.SignatureRefusal;
import mx.gob.qroo.rppc.signing.domain.SignatureRefusedException;
import mx.gob.qroo.rppc.signing.domain.SignerIdentity;
import mx.gob.qroo.rppc.signing.domain.StaffSignature;

/**
 * Verifies a staff member's e.firma signature (RSA PKCS#1 v1.5 with SHA-256) of the exact bytes
 * they were shown, at the instant of the check: a certificate for signing, valid now, whose CURP is
 * the one the staff directory holds for that user, issued by a trusted authority and not revoked.
 * The cheap checks come first, so that a wrong file costs no revocation query.
 */
@ApplicationScoped
public class StaffSignatures {

  @Inject CertificateTrust trust;
  @Inject StaffDirectory staff;

  protected StaffSignatures() {}

  /** Outside the container (tests). */
  public StaffSignatures(CertificateTrust trust, StaffDirectory staff) {
    this.trust = trust;
    this.staff = staff;
  }

  public StaffSignature verify(
      String userName, byte[] signed, byte[] certificateDer, byte[] value, Instant at) {
    X509Certificate certificate = parse(certificateDer);
    boolean[] usage = certificate.getKeyUsage();
    if (usage == null || !(usage[0] || usage[1])) {
      throw new SignatureRefusedException(SignatureRefusal.NOT_FOR_SIGNING);
    }
    try {
      certificate.checkValidity(Date.from(at));
    } catch (CertificateExpiredException e) {
      throw new SignatureRefusedException(
          SignatureRefusal.EXPIRED, "venció el " + certificate.getNotAfter().toInstant());
    } catch (CertificateNotYetValidException e) {
      throw new SignatureRefusedException(
          SignatureRefusal.NOT_YET_VALID,
          "vige desde el " + certificate.getNotBefore().toInstant());
    }
    if (!signatureHolds(certificate, signed, value)) {
      throw new SignatureRefusedException(SignatureRefusal.BAD_SIGNATURE);
    }
    SignerIdentity signer = SignerIdentity.of(certificate);
    requireOwn(userName, signer);
    trust.requireTrusted(certificate, at);
    return new StaffSignature(
        userName, signer, certificateDer, certificate.getSerialNumber().toString(16), value, at);
  }

  private void requireOwn(String userName, SignerIdentity signer) {
    StaffMember member = staff.find(userName).orElse(null);
    if (member == null || member.curp() == null) {
      throw new SignatureRefusedException(
          SignatureRefusal.FOREIGN,
          "el directorio de personal no tiene la CURP de " + userName + " para cotejarla");
    }
    if (!member.curp().value().equals(signer.curp())) {
      throw new SignatureRefusedException(
          SignatureRefusal.FOREIGN,
          "es de "
              + (signer.curp() == null ? "alguien sin CURP en el certificado" : signer.curp())
              + " y "
              + userName
              + " tiene la CURP "
              + member.curp().value());
    }
  }

  private static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SignatureRefusedException(SignatureRefusal.MALFORMED, "el certificado no es X.509");
    }
  }

  private static boolean signatureHolds(X509Certificate certificate, byte[] signed, byte[] value) {
    if (!"RSA".equals(certificate.getPublicKey().getAlgorithm())) {
      return false;
    }
    try {
      Signature check = Signature.getInstance("SHA256withRSA");
      check.initVerify(certificate.getPublicKey());
      check.update(signed);
      return check.verify(value);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
