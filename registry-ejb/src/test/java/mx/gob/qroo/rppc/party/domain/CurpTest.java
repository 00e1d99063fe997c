package mx.gob.qroo.rppc.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurpTest {

  @Test
  void acceptsWellFormedCurpWithCorrectCheckDigit() {
    assertThat(Curp.of("GOMC850101MQRRRR09").value()).isEqualTo("GOMC850101MQRRRR09");
    assertThat(Curp.of("RAMA010203HQRMNL04").value()).isEqualTo("RAMA010203HQRMNL04");
  }

  @Test
  void normalisesCaseAndSurroundingSpaces() {
    assertThat(Curp.of("  pehj900215hqrrrn00 ")).isEqualTo(Curp.of("PEHJ900215HQRRRN00"));
  }

  @Test
  void refusesWrongCheckDigit() {
    assertThatThrownBy(() -> Curp.of("GOMC850101MQRRRR08"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dígito verificador");
  }

  @Test
  void refusesWrongLength() {
    assertThatThrownBy(() -> Curp.of("GOMC850101MQRRRR0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18");
  }

  @Test
  void refusesImpossibleBirthDateOrUnknownState() {
    assertThatThrownBy(() -> Curp.of("GOMC851301MQRRRR09")).hasMessageContaining("estructura");
    assertThatThrownBy(() -> Curp.of("GOMC850101MZZRRR09")).hasMessageContaining("estructura");
  }

  @Test
  void checkDigitCountsEnyeInItsDictionaryPlace() {
    // Ñ sits between N and O in RENAPO's dictionary, so it weighs 24, not N's 23 nor O's 25.
    assertThat(Curp.checkDigit("AÑAA850101MQRRRR0"))
        .isNotEqualTo(Curp.checkDigit("ANAA850101MQRRRR0"))
        .isNotEqualTo(Curp.checkDigit("AOAA850101MQRRRR0"));
  }
}
