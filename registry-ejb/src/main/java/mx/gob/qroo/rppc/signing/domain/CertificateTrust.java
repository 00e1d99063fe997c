package mx.gob.qroo.rppc.signing.domain;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** Whether the registry trusts a signer's certificate: its chain and revocation status. */
public interface CertificateTrust {

  /**
   * Refuses, with a {@link SignatureRefusedException}, a certificate that does not chain to a
   * trusted certification authority at {@code at}, that is revoked, or whose status cannot be
   * learned now (the registry never signs on an unknown status).
   */
  void requireTrusted(X509Certificate certificate, Instant at);
}
