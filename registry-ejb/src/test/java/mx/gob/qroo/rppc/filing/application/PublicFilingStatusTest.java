package mx.gob.qroo.rppc.filing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.Receptions;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.TermState;
import org.junit.jupiter.api.Test;

class PublicFilingStatusTest {

  private final ProcedureType sale =
      new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY", EntryKind.SALE, 15);
  private final Instant at = Instant.parse("2026-03-02T15:00:00Z");

  /** Received at {@code at}, due 21 days later (see Receptions). */
  private Filing received() {
    return Filing.receive(
        Receptions.sale(sale, new EntryNumber(Office.CUN, 2026, 7), at, List.of("CUN-FR-000001")),
        "capturista1");
  }

  private Filing suspended() {
    Filing filing = received();
    filing.assignTo("registrador1", "jefa1", at.plusSeconds(60));
    filing.assignTo("registrador2", "jefa1", at.plusSeconds(90));
    filing.startExamination("registrador2", at.plusSeconds(120));
    filing.suspend(
        "Presente el avalúo catastral vigente",
        LocalDate.of(2026, 3, 20),
        "registrador2",
        at.plusSeconds(180));
    return filing;
  }

  @Test
  void aSuspendedFilingSaysWhatToDoAndByWhenInPlainWordsWithoutNamingAnyone() {
    PublicFilingStatus status = PublicFilingStatus.of(suspended(), TermState.ON_TIME);

    assertThat(status.requirement()).isEqualTo("Presente el avalúo catastral vigente");
    assertThat(status.correctionDueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(status.termState()).isEqualTo(TermState.ON_TIME);
    assertThat(status.resolvedOnTime()).isNull();
    assertThat(status.dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
    // the turn from one registrar to another is not a step for the citizen
    assertThat(status.timeline())
        .extracting(PublicFilingStatus.Step::status)
        .containsExactly(
            FilingStatus.RECEIVED,
            FilingStatus.ASSIGNED,
            FilingStatus.IN_EXAMINATION,
            FilingStatus.SUSPENDED);
    assertThat(status.timeline().get(3).label()).isEqualTo("Suspendido: requiere corrección");
    assertThat(status.timeline().get(3).description()).doesNotContain("SUSPENDED");
    assertThat(status.timeline().get(3).at()).isEqualTo(at.plusSeconds(180));
    assertThat(status.toString())
        .doesNotContain(
            "capturista1", "registrador1", "registrador2", "jefa1", "Carla", "GOMC850101");
  }

  @Test
  void aResolvedFilingSaysWhetherItWasResolvedByItsDueDateAndDropsTheOldRequirement() {
    Filing onTime = suspended();
    onTime.correct(
        "Entregó el avalúo", "capturista1", LocalDate.of(2026, 3, 10), at.plusSeconds(240));
    onTime.inscribe("registrador2", at.plus(21, ChronoUnit.DAYS), null);
    PublicFilingStatus early = PublicFilingStatus.of(onTime, null);
    assertThat(early.resolvedOnTime()).isTrue();
    assertThat(early.requirement()).isNull();
    assertThat(early.correctionDueDate()).isNull();
    assertThat(early.timeline())
        .last()
        .extracting(PublicFilingStatus.Step::status)
        .isEqualTo(FilingStatus.INSCRIBED);

    Filing late = received();
    late.assignTo("registrador1", "jefa1", at.plusSeconds(60));
    late.startExamination("registrador1", at.plusSeconds(120));
    late.deny("Art. 3170", "registrador1", at.plus(22, ChronoUnit.DAYS));
    assertThat(PublicFilingStatus.of(late, null).resolvedOnTime()).isFalse();
    assertThat(PublicFilingStatus.of(late, null).toString()).doesNotContain("Art. 3170");
  }

  @Test
  void aWithdrawnFilingWasNotResolvedSoNothingIsSaidOfResolvingOnTime() {
    Filing withdrawn = received();
    withdrawn.withdraw("Lo retira el solicitante", "capturista1", at.plusSeconds(60));
    PublicFilingStatus status = PublicFilingStatus.of(withdrawn, null);
    assertThat(status.resolvedOnTime()).isNull();
    assertThat(status.status()).isEqualTo(FilingStatus.WITHDRAWN);
  }

  @Test
  void everyStatusHasAPlainSentenceForTheTimeline() {
    for (FilingStatus status : FilingStatus.values()) {
      assertThat(status.citizenStep()).endsWith(".").doesNotContain(status.name());
    }
  }
}
