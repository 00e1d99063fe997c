package mx.gob.qroo.rppc.certificate.domain;

import java.time.Instant;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * An issued certificate: which folio as of which instant, for which filing, and the SHA-256 of the
 * signed PDF handed out (hex), which is what an uploaded copy is compared with.
 */
public record LienCertificate(
    String code, String filingEntryNumber, String folioNumber, Instant asOf, String sha256)
    implements Identified {
  @Override
  public String identifier() {
    return code;
  }
}
