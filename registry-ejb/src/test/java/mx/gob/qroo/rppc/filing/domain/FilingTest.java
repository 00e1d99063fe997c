package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;
import org.junit.jupiter.api.Test;

class FilingTest {

  private final ProcedureType sale = new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY");
  private final Applicant applicant = new Applicant("Carla Gómez", Curp.of("GOMC850101MQRRRR09"));

  @Test
  void aReceivedFilingStartsInStatusReceived() {
    Instant at = Instant.parse("2026-03-02T15:00:00Z");
    Filing filing =
        Filing.receive(
            new EntryNumber(Office.CUN, 2026, 1), TrackingCode.random(), sale, applicant, at);
    assertThat(filing.status()).isEqualTo(FilingStatus.RECEIVED);
    assertThat(filing.receivedAt()).isEqualTo(at);
  }

  @Test
  void receptionNeedsEveryPart() {
    assertThatThrownBy(
            () -> Filing.receive(null, TrackingCode.random(), sale, applicant, Instant.now()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("entryNumber");
  }

  @Test
  void applicantNeedsAName() {
    assertThatThrownBy(() -> new Applicant(" ", Curp.of("GOMC850101MQRRRR09")))
        .isInstanceOf(IllegalArgumentException.class);
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
