package mx.gob.qroo.rppc.filing.application;

import java.time.Instant;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;

/** What anyone holding the tracking code may learn: no personal data. */
public record PublicFilingStatus(
    String trackingCode,
    String procedureType,
    String procedureTypeName,
    FilingStatus status,
    String statusLabel,
    Instant receivedAt,
    String office,
    String officeName) {

  static PublicFilingStatus of(Filing filing) {
    return new PublicFilingStatus(
        filing.trackingCode().value(),
        filing.procedureType().code(),
        filing.procedureType().name(),
        filing.status(),
        filing.status().citizenLabel(),
        filing.receivedAt(),
        filing.entryNumber().office().name(),
        filing.entryNumber().office().displayName());
  }
}
