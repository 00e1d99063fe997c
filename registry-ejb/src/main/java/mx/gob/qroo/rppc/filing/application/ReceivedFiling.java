package mx.gob.qroo.rppc.filing.application;

import java.time.Instant;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;

/** The receipt of a reception. */
public record ReceivedFiling(
    String entryNumber, String trackingCode, Instant receivedAt, FilingStatus status)
    implements AuditedResource {

  static ReceivedFiling of(Filing filing) {
    return new ReceivedFiling(
        filing.entryNumber().toString(),
        filing.trackingCode().value(),
        filing.receivedAt(),
        filing.status());
  }

  @Override
  public String auditResourceId() {
    return entryNumber;
  }
}
