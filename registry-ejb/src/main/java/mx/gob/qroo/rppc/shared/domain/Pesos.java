package mx.gob.qroo.rppc.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of Mexican pesos, to the cent. Money is rounded by one rule, here: half up to the cent,
 * once, on a total (a fee is UMA × the UMA's value, rounded as anyone checks it on the receipt).
 * Written as in Mexico: {@code $1,250,000.00}.
 */
public record Pesos(BigDecimal amount) implements Comparable<Pesos> {

  public static final Pesos ZERO = new Pesos(BigDecimal.ZERO);

  /** An exact amount: cents at most (1250.5 and 1250.50 are the same pesos). */
  public Pesos {
    Objects.requireNonNull(amount, "amount");
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "un importe en pesos va en centavos: " + amount.toPlainString());
    }
    amount = amount.setScale(2);
  }

  /** Any amount, rounded half up to the cent. */
  public static Pesos roundedToCents(BigDecimal amount) {
    return new Pesos(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** This amount times a factor (a number of UMA, a share), rounded once to the cent. */
  public Pesos times(BigDecimal factor) {
    return roundedToCents(amount.multiply(factor));
  }

  public int signum() {
    return amount.signum();
  }

  @Override
  public int compareTo(Pesos other) {
    return amount.compareTo(other.amount);
  }

  /** As written in Mexico, whatever the server's locale: {@code $1,250,000.00}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "$%,.2f", amount);
  }
}
