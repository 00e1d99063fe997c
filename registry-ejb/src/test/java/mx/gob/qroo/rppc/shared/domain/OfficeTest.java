package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfficeTest {

  @Test
  void knowsTheFourDelegaciones() {
    assertThat(Office.fromCode("cun")).isEqualTo(Office.CUN);
    assertThat(Office.CUN.displayName()).isEqualTo("Cancún");
    assertThat(Office.values()).extracting(Enum::name).containsExactly("CHE", "CUN", "PDC", "COZ");
  }

  @Test
  void unknownOfficeNamesTheValidOnes() {
    assertThatThrownBy(() -> Office.fromCode("MER"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CHE, CUN, PDC, COZ");
  }
}
