package mx.gob.qroo.rppc.filing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;
import mx.gob.qroo.rppc.filing.domain.FilingTransition;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.Identified;
import mx.gob.qroo.rppc.shared.domain.TermState;

/** A filing as staff see it: applicant, act, folios, term, fee and every transition. */
public record FilingView(
    String entryNumber,
    String trackingCode,
    String office,
    String procedureType,
    String procedureTypeName,
    String applicantName,
    String applicantCurp,
    FilingStatus status,
    Instant receivedAt,
    Instant priorityAt,
    List<String> folios,
    LocalDate dueDate,
    TermState termState,
    String assignedTo,
    String requirement,
    LocalDate correctionDueDate,
    BigDecimal feeMxn,
    String feeExplanation,
    List<Holder> actHolders,
    BigDecimal actValueMxn,
    List<Transition> transitions)
    implements AuditedResource, Identified {
  @Override
  public String identifier() {
    return entryNumber;
  }

  /** One status change as shown to staff. */
  public record Transition(
      FilingStatus from, FilingStatus to, String actor, Instant at, String reason) {
    static Transition of(FilingTransition t) {
      return new Transition(t.from(), t.to(), t.actor(), t.at(), t.reason());
    }
  }

  static FilingView of(Filing filing, TermState termState) {
    return new FilingView(
        filing.entryNumber().toString(),
        filing.trackingCode().value(),
        filing.entryNumber().office().name(),
        filing.procedureType().code(),
        filing.procedureType().name(),
        filing.applicant().name(),
        filing.applicant().curp().value(),
        filing.status(),
        filing.receivedAt(),
        filing.priorityAt(),
        filing.folioNumbers(),
        filing.dueDate(),
        termState,
        filing.assignedTo(),
        filing.requirement(),
        filing.correctionDueDate(),
        filing.fee() == null ? null : filing.fee().amountMxn(),
        filing.fee() == null ? null : filing.fee().explanation(),
        filing.actHolders(),
        filing.act().facts().valueMxn(),
        filing.transitions().stream().map(Transition::of).toList());
  }

  @Override
  public String auditResourceId() {
    return entryNumber;
  }
}
