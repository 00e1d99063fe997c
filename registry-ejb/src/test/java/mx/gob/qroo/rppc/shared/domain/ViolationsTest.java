package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void reportsEveryBadFieldAtOnce() {
    Violations violations = new Violations();
    violations.parse("office", "MER", Office::fromCode);
    violations.require("applicant.name", "  ", 200);
    violations.parse("applicant.curp", null, s -> s);

    InvalidRequestException refused =
        catchThrowableOfType(InvalidRequestException.class, violations::throwIfAny);

    assertThat(refused.violations())
        .extracting(Violation::field)
        .containsExactly("office", "applicant.name", "applicant.curp");
  }

  @Test
  void passesGoodValuesThrough() {
    Violations violations = new Violations();
    assertThat(violations.parse("office", "coz", Office::fromCode)).isEqualTo(Office.COZ);
    assertThat(violations.require("name", "  Ana ", 10)).isEqualTo("Ana");
    violations.throwIfAny();
  }

  @Test
  void refusesTooLongText() {
    Violations violations = new Violations();
    violations.require("name", "x".repeat(11), 10);
    assertThat(catchThrowableOfType(InvalidRequestException.class, violations::throwIfAny))
        .hasMessageContaining("name");
  }

  @Test
  void aFactorysRefusalIsRecordedAgainstTheFieldAndNothingElseIs() {
    Violations violations = new Violations();
    assertThat(violations.build("uma", () -> Office.fromCode("CUN"))).isEqualTo(Office.CUN);
    assertThat(violations.build("uma", () -> Office.fromCode("MER"))).isNull();

    InvalidRequestException refused =
        catchThrowableOfType(InvalidRequestException.class, violations::throwIfAny);
    assertThat(refused.violations()).extracting(Violation::field).containsExactly("uma");
    assertThat(refused).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneRefusedFieldIsARequestRefusalNamingIt() {
    InvalidRequestException refused = InvalidRequestException.of("reason", "falta el motivo");

    assertThat(refused.violations()).containsExactly(new Violation("reason", "falta el motivo"));
    assertThat(refused).hasMessage("reason: falta el motivo");
  }
}
