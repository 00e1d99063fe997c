package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntryNumberTest {

  @Test
  void isWrittenWithOfficeYearAndSixDigitSequence() {
    assertThat(new EntryNumber(Office.CUN, 2026, 123)).hasToString("CUN-2026-000123");
  }

  @Test
  void parsesWhatItWrites() {
    EntryNumber number = new EntryNumber(Office.PDC, 2027, 1_234_567);
    assertThat(EntryNumber.parse(number.toString())).isEqualTo(number);
    assertThat(EntryNumber.parse(" che-2025-000001 "))
        .isEqualTo(new EntryNumber(Office.CHE, 2025, 1));
  }

  @Test
  void ordersByOfficeYearAndSequence() {
    EntryNumber earlier = new EntryNumber(Office.CUN, 2026, 9);
    EntryNumber later = new EntryNumber(Office.CUN, 2026, 10);
    assertThat(earlier).isLessThan(later);
    assertThat(new EntryNumber(Office.CUN, 2025, 500)).isLessThan(earlier);
  }

  @Test
  void refusesSequenceBelowOneAndMalformedText() {
    assertThatThrownBy(() -> new EntryNumber(Office.CUN, 2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntryNumber.parse("CUN-26-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntryNumber.parse("XXX-2026-000001"))
        .hasMessageContaining("oficina desconocida");
  }
}
