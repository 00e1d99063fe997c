package mx.gob.qroo.rppc.certificate.domain;

import java.time.Instant;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * An issued certificate: which folio as of which instant, for which filing, the SHA-256 of the
 * signed PDF handed out (hex), which is what an uploaded copy is compared with, and the filings it
 * reported pending on the folio.
 */
public record LienCertificate(
    String code,
    String filingEntryNumber,
    String folioNumber,
    Instant asOf,
    String sha256,
    List<PendingFiling> pending)
    implements Identified {

  public LienCertificate {
    pending = pending == null ? List.of() : List.copyOf(pending);
  }

  @Override
  public String identifier() {
    return code;
  }
}
