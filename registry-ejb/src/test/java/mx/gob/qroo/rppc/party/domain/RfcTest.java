package mx.gob.qroo.rppc.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfcTest {

  @Test
  void legalPersonsHaveTwelveCharactersNaturalPersonsThirteen() {
    assertThat(Rfc.of("ACA100315AB2").isLegalPerson()).isTrue();
    assertThat(Rfc.of("gomc850101q12").isLegalPerson()).isFalse();
  }

  @Test
  void refusesBadFormatAndImpossibleDates() {
    assertThatThrownBy(() -> Rfc.of("AC100315AB2")).hasMessageContaining("formato");
    assertThatThrownBy(() -> Rfc.of("ACA101315AB2")).hasMessageContaining("fecha");
    assertThat(Rfc.of("ACA000229AB2").value()).isEqualTo("ACA000229AB2");
  }

  @Test
  void aLegalPersonHolderNeedsACompanyRfc() {
    assertThatThrownBy(
            () -> Holder.legalPerson("Inmobiliaria", Rfc.of("GOMC850101Q12"), BigDecimal.TEN))
        .hasMessageContaining("12 caracteres");
  }

  @Test
  void sharesMustAddUpToOneHundredWithoutRepeatingAHolder() {
    Holder a = Holder.naturalPerson("A", Curp.of("GOMC850101MQRRRR09"), new BigDecimal("50"));
    Holder b = Holder.legalPerson("B", Rfc.of("ACA100315AB2"), new BigDecimal("50.0000"));
    assertThat(Shares.requireWhole(List.of(a, b))).hasSize(2);
    assertThatThrownBy(() -> Shares.requireWhole(List.of(a, a))).hasMessageContaining("dos veces");
    assertThatThrownBy(() -> Shares.requireWhole(List.of(a))).hasMessageContaining("suman 50 %");
    assertThatThrownBy(() -> Shares.requireWhole(List.of()))
        .hasMessageContaining("al menos un titular");
  }
}
