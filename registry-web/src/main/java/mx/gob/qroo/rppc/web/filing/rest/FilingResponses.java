package mx.gob.qroo.rppc.web.filing.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.FilingView;
import mx.gob.qroo.rppc.filing.application.PublicFilingStatus;
import mx.gob.qroo.rppc.filing.application.ReceivedFiling;

/** Response bodies of the filing resources and how they are assembled. */
public final class FilingResponses {

  private FilingResponses() {}

  public record Fee(BigDecimal uma, BigDecimal mxn, String explanation) {}

  public record Receipt(
      String entryNumber,
      String trackingCode,
      String receivedAt,
      String priorityAt,
      String status,
      List<String> folios,
      LocalDate dueDate,
      String termNote,
      Fee fee) {
    public static Receipt of(ReceivedFiling filing) {
      return new Receipt(
          filing.entryNumber(),
          filing.trackingCode(),
          LocalTimes.iso(filing.receivedAt()),
          LocalTimes.iso(filing.priorityAt()),
          filing.status().name(),
          filing.folios(),
          filing.dueDate(),
          filing.termNote(),
          filing.feeMxn() == null
              ? null
              : new Fee(filing.feeUma(), filing.feeMxn(), filing.feeExplanation()));
    }
  }

  public record Applicant(String name, String curp) {}

  public record Details(
      String entryNumber,
      String trackingCode,
      String office,
      String procedureType,
      String procedureTypeName,
      Applicant applicant,
      String status,
      String receivedAt,
      String priorityAt,
      List<String> folios,
      LocalDate dueDate,
      String termState,
      String assignedTo,
      String requirement,
      LocalDate correctionDueDate,
      BigDecimal feeMxn,
      List<FilingView.Transition> transitions) {
    public static Details of(FilingView filing) {
      return new Details(
          filing.entryNumber(),
          filing.trackingCode(),
          filing.office(),
          filing.procedureType(),
          filing.procedureTypeName(),
          new Applicant(filing.applicantName(), filing.applicantCurp()),
          filing.status().name(),
          LocalTimes.iso(filing.receivedAt()),
          LocalTimes.iso(filing.priorityAt()),
          filing.folios(),
          filing.dueDate(),
          filing.termState() == null ? null : filing.termState().name(),
          filing.assignedTo(),
          filing.requirement(),
          filing.correctionDueDate(),
          filing.feeMxn(),
          filing.transitions());
    }
  }

  /**
   * The public status: no personal data. {@code termState} (ON_TIME, AT_RISK, OVERDUE) while
   * pending, {@code resolvedOnTime} once resolved; {@code requirement} and {@code
   * correctionDueDate} only while suspended.
   */
  public record PublicStatus(
      String trackingCode,
      String procedureType,
      String procedureTypeName,
      String status,
      String statusLabel,
      String receivedAt,
      String office,
      String officeName,
      List<PublicStep> timeline,
      LocalDate dueDate,
      String termState,
      String termStateLabel,
      Boolean resolvedOnTime,
      String requirement,
      LocalDate correctionDueDate) {
    public static PublicStatus of(PublicFilingStatus filing) {
      return new PublicStatus(
          filing.trackingCode(),
          filing.procedureType(),
          filing.procedureTypeName(),
          filing.status().name(),
          filing.statusLabel(),
          LocalTimes.iso(filing.receivedAt()),
          filing.office(),
          filing.officeName(),
          filing.timeline().stream().map(PublicStep::of).toList(),
          filing.dueDate(),
          filing.termState() == null ? null : filing.termState().name(),
          filing.termState() == null ? null : filing.termState().label(),
          filing.resolvedOnTime(),
          filing.requirement(),
          filing.correctionDueDate());
    }
  }

  /** One step of a procedure's public timeline. */
  public record PublicStep(String status, String label, String description, String at) {
    static PublicStep of(PublicFilingStatus.Step step) {
      return new PublicStep(
          step.status().name(), step.label(), step.description(), LocalTimes.iso(step.at()));
    }
  }
}
