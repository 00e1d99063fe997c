package mx.gob.qroo.rppc.filing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;

/**
 * The receipt of a reception: number, code, instants, the legal due date (with what it assumed, if
 * it had to: a year of holidays not loaded) and the fee.
 */
public record ReceivedFiling(
    String entryNumber,
    String trackingCode,
    Instant receivedAt,
    Instant priorityAt,
    FilingStatus status,
    List<String> folios,
    LocalDate dueDate,
    String termNote,
    BigDecimal feeUma,
    BigDecimal feeMxn,
    String feeExplanation,
    boolean replayed)
    implements AuditedResource {

  static ReceivedFiling of(Filing filing) {
    return of(filing, false);
  }

  /** The original receipt, returned again for a retry with the same idempotency key. */
  static ReceivedFiling replayOf(Filing filing) {
    return of(filing, true);
  }

  private static ReceivedFiling of(Filing filing, boolean replayed) {
    return new ReceivedFiling(
        filing.entryNumber().toString(),
        filing.trackingCode().value(),
        filing.receivedAt(),
        filing.priorityAt(),
        filing.status(),
        filing.folioNumbers(),
        filing.dueDate(),
        filing.termNote(),
        // the database keeps 4 decimals: 45.0000 and 45 are the same fee, written one way
        filing.fee() == null ? null : plain(filing.fee().uma()),
        filing.fee() == null ? null : filing.fee().amountMxn(),
        filing.fee() == null ? null : filing.fee().explanation(),
        replayed);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @Override
  public String auditResourceId() {
    return entryNumber;
  }

  @Override
  public String auditOutcome() {
    return replayed ? "REPLAY" : "SUCCESS";
  }
}
