package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import org.junit.jupiter.api.Test;

class FilingTest {

  private final ProcedureType sale =
      new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY", EntryKind.SALE, 15);
  private final Instant at = Instant.parse("2026-03-02T15:00:00Z");

  private Filing received(long sequence, Instant when) {
    return Filing.receive(
        Receptions.sale(
            sale, new EntryNumber(Office.CUN, 2026, sequence), when, List.of("CUN-FR-000001")),
        "capturista1");
  }

  @Test
  void aReceivedFilingStartsInStatusReceivedWithItsReceptionRecorded() {
    Filing filing = received(1, at);
    assertThat(filing.status()).isEqualTo(FilingStatus.RECEIVED);
    assertThat(filing.transitions())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.to()).isEqualTo(FilingStatus.RECEIVED);
              assertThat(t.actor()).isEqualTo("capturista1");
            });
  }

  @Test
  void theLegalPathRecordsWhoWhenAndWhy() {
    Filing filing = received(1, at);
    filing.assignTo("registrador1", "registrador1", at.plusSeconds(60));
    filing.startExamination("registrador1", at.plusSeconds(120));
    filing.suspend(
        "Falta el avalúo", LocalDate.of(2026, 3, 20), "registrador1", at.plusSeconds(180));
    filing.correct(
        "Presentó el avalúo", "capturista1", LocalDate.of(2026, 3, 19), at.plusSeconds(240));
    filing.inscribe("registrador1", at.plusSeconds(300), null);

    assertThat(filing.status()).isEqualTo(FilingStatus.INSCRIBED);
    assertThat(filing.transitions())
        .extracting(FilingTransition::to)
        .containsExactly(
            FilingStatus.RECEIVED,
            FilingStatus.ASSIGNED,
            FilingStatus.IN_EXAMINATION,
            FilingStatus.SUSPENDED,
            FilingStatus.IN_EXAMINATION,
            FilingStatus.INSCRIBED);
    assertThat(filing.transitions().get(3).reason()).isEqualTo("Falta el avalúo");
  }

  @Test
  void aReceivedFilingCannotBeInscribedWithoutExamination() {
    Filing filing = received(1, at);
    assertThatThrownBy(() -> filing.inscribe("registrador1", at, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("no puede pasar a inscrito");
  }

  @Test
  void resolvedFilingsAreFinal() {
    Filing filing = received(1, at);
    filing.withdraw("Desistimiento del interesado", "capturista1", at.plusSeconds(10));
    assertThatThrownBy(() -> filing.assignTo("registrador1", "registrador1", at.plusSeconds(20)))
        .isInstanceOf(ConflictException.class);
    assertThat(FilingStatus.WITHDRAWN.isPending()).isFalse();
  }

  @Test
  void onlyTheAssignedRegistrarExamines() {
    Filing filing = received(1, at);
    filing.assignTo("registrador1", "registrador1", at);
    assertThatThrownBy(() -> filing.startExamination("registrador2", at))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("turnada a registrador1");
  }

  @Test
  void aSuspendedFilingIsNotExaminedAgainBeforeItsCorrection() {
    Filing filing = received(1, at);
    filing.assignTo("registrador1", "registrador1", at);
    filing.startExamination("registrador1", at);
    filing.suspend("Falta el avalúo", LocalDate.of(2026, 3, 20), "registrador1", at);
    assertThatThrownBy(() -> filing.startExamination("registrador1", at))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("no puede calificarse");
  }

  @Test
  void onlyASuspendedFilingIsCorrected() {
    Filing filing = received(1, at);
    filing.assignTo("registrador1", "registrador1", at);
    assertThatThrownBy(() -> filing.correct("papeles", "capturista1", LocalDate.of(2026, 3, 3), at))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("solo se corrige");
  }

  @Test
  void aSuspensionLapsesOnlyAfterItsLastDay() {
    Filing filing = received(1, at);
    filing.assignTo("registrador1", "registrador1", at);
    filing.startExamination("registrador1", at);
    filing.suspend("Falta el avalúo", LocalDate.of(2026, 3, 20), "registrador1", at);

    assertThat(filing.lapseIfExpired(LocalDate.of(2026, 3, 20), at)).isFalse();
    assertThat(filing.lapseIfExpired(LocalDate.of(2026, 3, 21), at)).isTrue();
    assertThat(filing.status()).isEqualTo(FilingStatus.LAPSED);
    assertThat(filing.transitions().get(filing.transitions().size() - 1).actor())
        .isEqualTo(Filing.SYSTEM_ACTOR);
  }

  @Test
  void aCorrectionAfterTheTermIsRefused() {
    Filing filing = received(1, at);
    filing.assignTo("registrador1", "registrador1", at);
    filing.startExamination("registrador1", at);
    filing.suspend("Falta el avalúo", LocalDate.of(2026, 3, 20), "registrador1", at);
    assertThatThrownBy(() -> filing.correct("tarde", "capturista1", LocalDate.of(2026, 3, 23), at))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("venció");
  }

  @Test
  void prelationFollowsPriorityInstantThenEntryNumber() {
    Filing first = received(5, at);
    Filing second = received(6, at);
    Filing later = received(2, at.plusSeconds(1));
    assertThat(first.precedes(second)).isTrue();
    assertThat(second.precedes(first)).isFalse();
    assertThat(second.precedes(later)).isTrue();
  }

  @Test
  void newYearsEveInCancunBelongsToTheOldYear() {
    // 04:59 UTC on 1 January is still 23:59 on 31 December in Quintana Roo (UTC-5).
    assertThat(RegistryTime.yearOf(Instant.parse("2027-01-01T04:59:00Z"))).isEqualTo(2026);
    assertThat(RegistryTime.yearOf(Instant.parse("2027-01-01T05:00:00Z"))).isEqualTo(2027);
  }

  @Test
  void everyStatusHasSpanishWordsForCitizens() {
    for (FilingStatus status : FilingStatus.values()) {
      assertThat(status.citizenLabel()).isNotBlank().isNotEqualTo(status.name());
    }
  }
}
