package mx.gob.qroo.rppc.filing.application;

import java.time.Instant;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;

/** A filing as staff see it, applicant's personal data included. */
public record FilingDetails(
    String entryNumber,
    String trackingCode,
    String office,
    String procedureType,
    String procedureTypeName,
    String applicantName,
    String applicantCurp,
    FilingStatus status,
    Instant receivedAt)
    implements AuditedResource {

  static FilingDetails of(Filing filing) {
    return new FilingDetails(
        filing.entryNumber().toString(),
        filing.trackingCode().value(),
        filing.entryNumber().office().name(),
        filing.procedureType().code(),
        filing.procedureType().name(),
        filing.applicant().name(),
        filing.applicant().curp().value(),
        filing.status(),
        filing.receivedAt());
  }

  @Override
  public String auditResourceId() {
    return entryNumber;
  }
}
