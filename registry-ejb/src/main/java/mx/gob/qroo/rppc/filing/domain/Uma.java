package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.Pesos;

/**
 * Unidad de Medida y Actualización: the peso value of one UMA per day for a year, as INEGI
 * publishes it. Kept as data because it changes every year and fees are defined in UMA, not in
 * pesos.
 */
public record Uma(int year, Pesos dailyValue) {

  public Uma {
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("año de la UMA fuera de rango: " + year);
    }
    Objects.requireNonNull(dailyValue, "dailyValue");
    if (dailyValue.signum() <= 0) {
      throw new IllegalArgumentException("el valor diario de la UMA debe ser positivo");
    }
  }

  /** The value as published: pesos and cents (113.1 and 113.10 are the same UMA). */
  public Uma(int year, BigDecimal dailyValueMxn) {
    this(year, published(dailyValueMxn));
  }

  private static Pesos published(BigDecimal dailyValueMxn) {
    Objects.requireNonNull(dailyValueMxn, "dailyValueMxn");
    if (dailyValueMxn.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "el valor diario de la UMA se publica en centavos: " + dailyValueMxn.toPlainString());
    }
    return new Pesos(dailyValueMxn);
  }

  /** What {@code umas} UMA cost in pesos, rounded once to the cent. */
  public Pesos times(BigDecimal umas) {
    return dailyValue.times(umas);
  }

  /**
   * The UMA year in force on a day. INEGI publishes the new value in January and it takes effect on
   * February 1 (Ley para Determinar el Valor de la UMA, art. 5), so January still uses last year's.
   */
  public static int yearInForceOn(LocalDate day) {
    return day.getMonthValue() == 1 ? day.getYear() - 1 : day.getYear();
  }
}
