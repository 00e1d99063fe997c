package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import mx.gob.qroo.rppc.testing.ComparatorContract;
import org.junit.jupiter.api.Test;

class PesosTest {

  @Test
  void anExactAmountIsKeptToTheCentWhateverItsScale() {
    assertThat(new Pesos(new BigDecimal("1250.5"))).isEqualTo(new Pesos(new BigDecimal("1250.50")));
    assertThat(new Pesos(new BigDecimal("7")).amount().scale()).isEqualTo(2);
    assertThatThrownBy(() -> new Pesos(new BigDecimal("0.125")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("centavos");
  }

  @Test
  void theOneRoundingIsHalfUpToTheCentOnTheTotal() {
    // 1.5 UMA × $113.17 = $169.755: exactly on the half cent, so up
    assertThat(new Pesos(new BigDecimal("113.17")).times(new BigDecimal("1.5")))
        .isEqualTo(new Pesos(new BigDecimal("169.76")));
    assertThat(Pesos.roundedToCents(new BigDecimal("0.004"))).isEqualTo(Pesos.ZERO);
  }

  @Test
  void itIsWrittenAsInMexico() {
    assertThat(new Pesos(new BigDecimal("1250000"))).hasToString("$1,250,000.00");
  }

  @Test
  void amountsOrderByValueConsistentlyWithEquals() {
    ComparatorContract.assertTotalOrderConsistentWithEquals(
        Pesos::compareTo,
        List.of(
            Pesos.ZERO,
            new Pesos(new BigDecimal("0.01")),
            new Pesos(new BigDecimal("113.1")),
            new Pesos(new BigDecimal("113.14")),
            new Pesos(new BigDecimal("-5"))));
  }
}
