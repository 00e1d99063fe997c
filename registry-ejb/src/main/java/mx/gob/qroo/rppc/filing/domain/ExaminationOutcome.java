package mx.gob.qroo.rppc.filing.domain;

import java.time.LocalDate;
import mx.gob.qroo.rppc.shared.domain.BusinessCalendar;
import mx.gob.qroo.rppc.shared.domain.LegalTerm;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * What a registrar decides on examining a filing (calificación): inscribe it, suspend it with a
 * written requirement and a correction term in business days, or deny it on written grounds. Only
 * valid outcomes are built: each refusal names the request field at fault.
 */
public sealed interface ExaminationOutcome {

  int MAX_CORRECTION_TERM = 60;

  /** Inscription; the grounds are optional. */
  record Inscription(String grounds) implements ExaminationOutcome {}

  /** Suspension: what the applicant must correct and the business days they have for it. */
  record Suspension(String requirement, int correctionTermDays) implements ExaminationOutcome {

    /** The last day to correct, for a suspension decided on {@code day}. */
    public LocalDate correctionDue(LocalDate day, BusinessCalendar calendar) {
      return LegalTerm.starting(day, correctionTermDays, calendar).dueDate();
    }
  }

  /** Denial on its legal grounds. */
  record Denial(String grounds) implements ExaminationOutcome {}

  /** The outcome a decision asks for, or every field it lacks as a 400. */
  static ExaminationOutcome of(
      ExaminationDecision decision, String grounds, Integer correctionTermDays) {
    Violations violations = new Violations();
    if (decision == null) {
      violations.add("decision", "indique INSCRIBE, SUSPEND o DENY");
    }
    if (decision == ExaminationDecision.SUSPEND
        && (correctionTermDays == null
            || correctionTermDays < 1
            || correctionTermDays > MAX_CORRECTION_TERM)) {
      violations.add(
          "correctionTermDays",
          "el plazo de corrección va de 1 a " + MAX_CORRECTION_TERM + " días hábiles");
    }
    if (decision != null
        && decision != ExaminationDecision.INSCRIBE
        && (grounds == null || grounds.isBlank())) {
      violations.add("grounds", "la suspensión y la denegación se fundan por escrito");
    }
    violations.throwIfAny();
    return switch (decision) {
      case INSCRIBE -> new Inscription(grounds);
      case SUSPEND -> new Suspension(grounds, correctionTermDays);
      case DENY -> new Denial(grounds);
    };
  }
}
