package mx.gob.qroo.rppc.filing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.TermState;

/**
 * What anyone holding the tracking code may learn: the procedure, where and when it was received,
 * its steps in plain words, its legal due date and, while suspended, what the applicant must do and
 * by when. No personal data: neither the applicant, nor the act's parties, nor who did each step,
 * nor the staff's reasons (they may name people), only the requirement addressed to the applicant.
 *
 * @param termState while pending: on time, at risk or overdue against {@code dueDate}; else null
 * @param resolvedOnTime once inscribed or denied ({@link FilingStatus#isResolution}): whether by
 *     {@code dueDate}; null while pending, and for a filing withdrawn or lapsed
 * @param requirement while suspended, what to correct or deliver; else null
 * @param correctionDueDate while suspended, the last day to do it; else null
 */
public record PublicFilingStatus(
    String trackingCode,
    String procedureType,
    String procedureTypeName,
    FilingStatus status,
    String statusLabel,
    Instant receivedAt,
    String office,
    String officeName,
    List<Step> timeline,
    LocalDate dueDate,
    TermState termState,
    Boolean resolvedOnTime,
    String requirement,
    LocalDate correctionDueDate) {

  /** One step of the procedure: the status reached, in plain words, and when. */
  public record Step(FilingStatus status, String label, String description, Instant at) {}

  static PublicFilingStatus of(Filing filing, TermState termState) {
    boolean suspended = filing.status() == FilingStatus.SUSPENDED;
    List<Step> timeline =
        filing.transitions().stream()
            // a filing turned from one registrar to another has not moved, for the citizen
            .filter(t -> t.from() != t.to())
            .map(t -> new Step(t.to(), t.to().citizenLabel(), t.to().citizenStep(), t.at()))
            .toList();
    return new PublicFilingStatus(
        filing.trackingCode().value(),
        filing.procedureType().code(),
        filing.procedureType().name(),
        filing.status(),
        filing.status().citizenLabel(),
        filing.receivedAt(),
        filing.entryNumber().office().name(),
        filing.entryNumber().office().displayName(),
        timeline,
        filing.dueDate(),
        termState,
        filing.status().isResolution() ? resolvedBy(filing, timeline) : null,
        suspended ? filing.requirement() : null,
        suspended ? filing.correctionDueDate() : null);
  }

  /** Whether the step that resolved the filing came by its due date (Quintana Roo's calendar). */
  private static boolean resolvedBy(Filing filing, List<Step> timeline) {
    Instant resolved =
        timeline.isEmpty() ? filing.receivedAt() : timeline.get(timeline.size() - 1).at();
    return !RegistryTime.local(resolved).toLocalDate().isAfter(filing.dueDate());
  }
}
