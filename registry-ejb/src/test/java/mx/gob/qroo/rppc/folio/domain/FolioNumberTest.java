package mx.gob.qroo.rppc.folio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.gob.qroo.rppc.shared.domain.Office;
import org.junit.jupiter.api.Test;

class FolioNumberTest {

  @Test
  void isWrittenWithSixDigitsAtLeast() {
    assertThat(new FolioNumber(Office.CUN, FolioKind.PROPERTY, 123)).hasToString("CUN-FR-000123");
    assertThat(new FolioNumber(Office.CHE, FolioKind.COMMERCE, 1)).hasToString("CHE-FM-000001");
    assertThat(new FolioNumber(Office.CUN, FolioKind.PROPERTY, 999_999))
        .hasToString("CUN-FR-999999");
    assertThat(new FolioNumber(Office.CUN, FolioKind.PROPERTY, 1_234_567))
        .hasToString("CUN-FR-1234567");
  }

  @Test
  void readsBackWhatItWrites() {
    for (long sequence : new long[] {1, 42, 100_000, 999_999, 1_000_000, 98_765_432_101L}) {
      FolioNumber number = new FolioNumber(Office.CUN, FolioKind.COMMERCE, sequence);
      assertThat(FolioNumber.parse(number.toString())).isEqualTo(number);
    }
    assertThat(FolioNumber.parse(" cun-fr-000123 "))
        .isEqualTo(new FolioNumber(Office.CUN, FolioKind.PROPERTY, 123));
  }

  @Test
  void refusesMalformedNumbersAndSequenceZero() {
    assertThatThrownBy(() -> FolioNumber.parse("CUN-FR-123"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FolioNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FolioNumber(Office.CUN, FolioKind.PROPERTY, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
