package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Unidad de Medida y Actualización: the peso value of one UMA per day for a year, as INEGI
 * publishes it. Kept as data because it changes every year and fees are defined in UMA, not in
 * pesos.
 */
public record Uma(int year, BigDecimal dailyValueMxn) {

  public Uma {
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("año de la UMA fuera de rango: " + year);
    }
    Objects.requireNonNull(dailyValueMxn, "dailyValueMxn");
    if (dailyValueMxn.signum() <= 0) {
      throw new IllegalArgumentException("el valor diario de la UMA debe ser positivo");
    }
    if (dailyValueMxn.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "el valor diario de la UMA se publica en centavos: " + dailyValueMxn.toPlainString());
    }
    // One scale for every value, so 113.1 and 113.10 are the same UMA (record equality).
    dailyValueMxn = dailyValueMxn.setScale(2);
  }

  /**
   * The UMA year in force on a day. INEGI publishes the new value in January and it takes effect on
   * February 1 (Ley para Determinar el Valor de la UMA, art. 5), so January still uses last year's.
   */
  public static int yearInForceOn(LocalDate day) {
    return day.getMonthValue() == 1 ? day.getYear() - 1 : day.getYear();
  }
}
