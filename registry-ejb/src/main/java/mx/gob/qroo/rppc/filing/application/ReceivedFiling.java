package mx.gob.qroo.rppc.filing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;

/** The receipt of a reception: number, code, instants, the legal due date and the fee. */
public record ReceivedFiling(
    String entryNumber,
    String trackingCode,
    Instant receivedAt,
    Instant priorityAt,
    FilingStatus status,
    List<String> folios,
    LocalDate dueDate,
    BigDecimal feeUma,
    BigDecimal feeMxn,
    String feeExplanation)
    implements AuditedResource {

  static ReceivedFiling of(Filing filing) {
    return new ReceivedFiling(
        filing.entryNumber().toString(),
        filing.trackingCode().value(),
        filing.receivedAt(),
        filing.priorityAt(),
        filing.status(),
        filing.folioNumbers(),
        filing.dueDate(),
        filing.fee() == null ? null : filing.fee().uma(),
        filing.fee() == null ? null : filing.fee().amountMxn(),
        filing.fee() == null ? null : filing.fee().explanation());
  }

  @Override
  public String auditResourceId() {
    return entryNumber;
  }
}
