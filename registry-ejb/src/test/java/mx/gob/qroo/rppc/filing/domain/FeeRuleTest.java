package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeRuleTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final Uma UMA_2025 = new Uma(2025, new BigDecimal("113.14"));

  @Test
  void fixedFeeIsUmaTimesDailyValueRoundedHalfUpToCents() {
    // 1.5 × 113.17 = 169.755: exactly on the half cent, so it must go up
    Fee fee =
        FeeRule.fixed("EMBARGO", FROM, new BigDecimal("1.5"))
            .compute(FeeBasis.pagesOnly(3), new Uma(2030, new BigDecimal("113.17")));

    assertThat(fee.amountMxn()).isEqualByComparingTo("169.76");
    assertThat(fee.amountMxn().scale()).isEqualTo(2);
    assertThat(fee.uma()).isEqualByComparingTo("1.5");
  }

  @Test
  void fixedFeeExplainsItselfInSpanish() {
    Fee fee =
        FeeRule.fixed("CERTIFICADO_LIBERTAD_GRAVAMEN", FROM, new BigDecimal("15.0000"))
            .compute(FeeBasis.pagesOnly(1), UMA_2025);

    assertThat(fee.amountMxn()).isEqualByComparingTo("1697.10");
    assertThat(fee.explanation()).isEqualTo("15 UMA × $113.14");
  }

  @Test
  void perPageFeeAddsTheUmaOfEachPageToTheBase() {
    FeeRule rule =
        FeeRule.perPage("CONSTITUCION_SOCIEDAD", FROM, new BigDecimal("2"), new BigDecimal("0.5"));

    Fee twelvePages = rule.compute(FeeBasis.pagesOnly(12), UMA_2025);
    Fee noPages = rule.compute(FeeBasis.pagesOnly(0), UMA_2025);

    assertThat(twelvePages.uma()).isEqualByComparingTo("8");
    assertThat(twelvePages.amountMxn()).isEqualByComparingTo("905.12");
    assertThat(twelvePages.explanation())
        .isEqualTo("2 UMA + 0.5 UMA por página × 12 páginas = 8 UMA × $113.14");
    assertThat(noPages.uma()).isEqualByComparingTo("2");
  }

  @Test
  void bracketsPickTheFirstLimitAtLeastTheValueWithTheLimitItselfIncluded() {
    FeeRule rule = saleBrackets();

    assertThat(umaFor(rule, "0")).isEqualByComparingTo("20");
    assertThat(umaFor(rule, "500000.00")).isEqualByComparingTo("20");
    assertThat(umaFor(rule, "500000.01")).isEqualByComparingTo("45");
    assertThat(umaFor(rule, "2000000")).isEqualByComparingTo("45");
    assertThat(umaFor(rule, "5000000.00")).isEqualByComparingTo("80");
    assertThat(umaFor(rule, "5000000.01")).isEqualByComparingTo("120");
    assertThat(umaFor(rule, "90000000")).isEqualByComparingTo("120");
  }

  @Test
  void aBracketFeeSaysWhichBracketTheActFellIn() {
    FeeRule rule = saleBrackets();

    Fee middle = rule.compute(new FeeBasis(4, new BigDecimal("1250000")), UMA_2025);
    Fee top = rule.compute(new FeeBasis(4, new BigDecimal("7000000")), UMA_2025);

    assertThat(middle.amountMxn()).isEqualByComparingTo("5091.30");
    assertThat(middle.explanation())
        .isEqualTo("45 UMA (valor del acto $1,250,000.00, hasta $2,000,000.00) × $113.14");
    assertThat(top.explanation())
        .isEqualTo("120 UMA (valor del acto $7,000,000.00, más de $5,000,000.00) × $113.14");
  }

  @Test
  void aBracketRuleRefusesAnActWithoutValue() {
    assertThatThrownBy(() -> saleBrackets().compute(FeeBasis.pagesOnly(10), UMA_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("este trámite requiere el valor del acto");
  }

  @Test
  void bracketsMustAscendAndEndWithOneOpenBracket() {
    assertThatThrownBy(
            () ->
                FeeRule.valueBrackets(
                    "HIPOTECA",
                    FROM,
                    List.of(
                        FeeBracket.upTo(new BigDecimal("2000000"), new BigDecimal("45")),
                        FeeBracket.upTo(new BigDecimal("500000"), new BigDecimal("20")),
                        FeeBracket.above(new BigDecimal("120")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascendente");
    assertThatThrownBy(
            () ->
                FeeRule.valueBrackets(
                    "HIPOTECA",
                    FROM,
                    List.of(
                        FeeBracket.upTo(new BigDecimal("500000"), new BigDecimal("20")),
                        FeeBracket.upTo(new BigDecimal("500000"), new BigDecimal("45")),
                        FeeBracket.above(new BigDecimal("120")))))
        .hasMessageContaining("ascendente");
    assertThatThrownBy(
            () ->
                FeeRule.valueBrackets(
                    "HIPOTECA",
                    FROM,
                    List.of(FeeBracket.upTo(new BigDecimal("500000"), new BigDecimal("20")))))
        .hasMessageContaining("último");
    assertThatThrownBy(
            () ->
                FeeRule.valueBrackets(
                    "HIPOTECA",
                    FROM,
                    List.of(
                        FeeBracket.above(new BigDecimal("20")),
                        FeeBracket.above(new BigDecimal("45")))))
        .hasMessageContaining("último");
    assertThatThrownBy(() -> FeeRule.valueBrackets("HIPOTECA", FROM, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void umaAmountsKeepAtMostFourDecimalsAndAreNeverNegative() {
    assertThat(FeeRule.fixed("EMBARGO", FROM, new BigDecimal("0.1234")).uma())
        .isEqualByComparingTo("0.1234");
    assertThatThrownBy(() -> FeeRule.fixed("EMBARGO", FROM, new BigDecimal("0.12345")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeeRule.fixed("EMBARGO", FROM, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void umaIsPositiveInCentsAndTheNewValueTakesEffectInFebruary() {
    assertThat(new Uma(2025, new BigDecimal("113.1")))
        .isEqualTo(new Uma(2025, new BigDecimal("113.10")));
    assertThatThrownBy(() -> new Uma(2025, new BigDecimal("113.145")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Uma(2025, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Uma.yearInForceOn(LocalDate.of(2026, 1, 31))).isEqualTo(2025);
    assertThat(Uma.yearInForceOn(LocalDate.of(2026, 2, 1))).isEqualTo(2026);
  }

  @Test
  void aBasisRefusesNegativePagesAndValues() {
    assertThatThrownBy(() -> new FeeBasis(-1, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeeBasis(1, new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FeeRule saleBrackets() {
    return FeeRule.valueBrackets(
        "COMPRAVENTA",
        FROM,
        List.of(
            FeeBracket.upTo(new BigDecimal("500000.00"), new BigDecimal("20")),
            FeeBracket.upTo(new BigDecimal("2000000.00"), new BigDecimal("45")),
            FeeBracket.upTo(new BigDecimal("5000000.00"), new BigDecimal("80")),
            FeeBracket.above(new BigDecimal("120"))));
  }

  private static BigDecimal umaFor(FeeRule rule, String actValue) {
    return rule.compute(new FeeBasis(1, new BigDecimal(actValue)), UMA_2025).uma();
  }
}
