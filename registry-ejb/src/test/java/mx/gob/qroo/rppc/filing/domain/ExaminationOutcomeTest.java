package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.shared.domain.BusinessCalendar;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class ExaminationOutcomeTest {

  private static final ProcedureType SALE =
      new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY", EntryKind.SALE, 15);
  // Monday 2 March 2026, 09:00 in Cancún
  private static final Instant AT = Instant.parse("2026-03-02T14:00:00Z");
  private static final BusinessCalendar CALENDAR =
      new BusinessCalendar(List.of(LocalDate.of(2026, 3, 16)));

  private static Filing inExamination() {
    Filing filing =
        Filing.receive(
            Receptions.sale(
                SALE, new EntryNumber(Office.CUN, 2026, 1), AT, List.of("CUN-FR-000001")),
            "capturista1");
    filing.assignTo("registrador1", "registrador1", AT);
    filing.startExamination("registrador1", AT);
    return filing;
  }

  private static List<String> fieldsRefused(
      ExaminationDecision decision, String grounds, Integer days) {
    try {
      ExaminationOutcome.of(decision, grounds, days);
      return List.of();
    } catch (InvalidRequestException e) {
      return e.violations().stream().map(Violation::field).toList();
    }
  }

  @Test
  void eachDecisionNeedsWhatTheLawAsksOfItNamingTheField() {
    assertThat(fieldsRefused(null, null, null)).containsExactly("decision");
    assertThat(fieldsRefused(ExaminationDecision.SUSPEND, " ", 0))
        .containsExactly("correctionTermDays", "grounds");
    assertThat(fieldsRefused(ExaminationDecision.SUSPEND, "Falta el avalúo", 61))
        .containsExactly("correctionTermDays");
    assertThat(fieldsRefused(ExaminationDecision.DENY, null, null)).containsExactly("grounds");
    assertThat(ExaminationOutcome.of(ExaminationDecision.INSCRIBE, null, null))
        .isEqualTo(new ExaminationOutcome.Inscription(null));
    assertThat(ExaminationOutcome.of(ExaminationDecision.SUSPEND, "Falta el avalúo", 60))
        .isEqualTo(new ExaminationOutcome.Suspension("Falta el avalúo", 60));
  }

  @Test
  void aSuspensionRecordsItsRequirementAndTheLastDayInBusinessDays() {
    Filing filing = inExamination();

    // ten business days from Monday 2 March, skipping the weekends and the holiday of the 16th
    filing.resolve(
        new ExaminationOutcome.Suspension("Falta el avalúo", 10),
        "registrador1",
        AT.plusSeconds(60),
        CALENDAR);

    assertThat(filing.status()).isEqualTo(FilingStatus.SUSPENDED);
    assertThat(filing.requirement()).isEqualTo("Falta el avalúo");
    assertThat(filing.correctionDueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
    FilingTransition last = filing.transitions().get(filing.transitions().size() - 1);
    assertThat(last.actor()).isEqualTo("registrador1");
    assertThat(last.at()).isEqualTo(AT.plusSeconds(60));
    assertThat(last.reason()).isEqualTo("Falta el avalúo");
  }

  @Test
  void aDenialRecordsItsGroundsAndAnInscriptionItsOwnWords() {
    Filing denied = inExamination();
    denied.resolve(
        new ExaminationOutcome.Denial("Art. 42: el acto no es inscribible"),
        "registrador1",
        AT.plusSeconds(60),
        CALENDAR);
    Filing inscribed = inExamination();
    inscribed.resolve(
        new ExaminationOutcome.Inscription(null), "registrador1", AT.plusSeconds(60), CALENDAR);

    assertThat(denied.status()).isEqualTo(FilingStatus.DENIED);
    assertThat(denied.transitions().get(denied.transitions().size() - 1).reason())
        .isEqualTo("Art. 42: el acto no es inscribible");
    assertThat(inscribed.status()).isEqualTo(FilingStatus.INSCRIBED);
    assertThat(inscribed.transitions().get(inscribed.transitions().size() - 1).reason())
        .isEqualTo("Inscripción");
  }

  @Test
  void onlyTheRegistrarExaminingItResolvesIt() {
    Filing filing = inExamination();
    assertThatThrownBy(
            () ->
                filing.resolve(
                    new ExaminationOutcome.Denial("No procede"), "registrador2", AT, CALENDAR))
        .hasMessageContaining("la califica registrador1");
  }

  @Test
  void aMoveWithoutTheReasonTheLawAsksIsRefusedNamingTheRequestField() {
    Filing filing = inExamination();

    assertThat(fieldsOf(() -> filing.deny(" ", "registrador1", AT))).containsExactly("grounds");
    assertThat(fieldsOf(() -> filing.withdraw(null, "capturista1", AT))).containsExactly("reason");
    assertThat(filing.status()).isEqualTo(FilingStatus.IN_EXAMINATION);
  }

  private static List<String> fieldsOf(Runnable move) {
    try {
      move.run();
      return List.of();
    } catch (InvalidRequestException e) {
      return e.violations().stream().map(Violation::field).toList();
    }
  }
}
