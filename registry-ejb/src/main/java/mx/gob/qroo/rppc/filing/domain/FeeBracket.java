package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bracket of a {@link FeeKind#VALUE_BRACKET} rule: acts worth up to {@code upToMxn} pesos, the
 * limit included, owe {@code uma}. A {@code null} limit means no limit (the last bracket).
 */
public record FeeBracket(BigDecimal upToMxn, BigDecimal uma) {

  public FeeBracket {
    if (upToMxn != null && upToMxn.signum() <= 0) {
      throw new IllegalArgumentException(
          "el límite de un rango debe ser positivo: " + upToMxn.toPlainString());
    }
    uma = FeeRule.umaAmount(uma, "uma");
  }

  public static FeeBracket upTo(BigDecimal upToMxn, BigDecimal uma) {
    return new FeeBracket(Objects.requireNonNull(upToMxn, "upToMxn"), uma);
  }

  public static FeeBracket above(BigDecimal uma) {
    return new FeeBracket(null, uma);
  }

  public boolean isOpenEnded() {
    return upToMxn == null;
  }

  /** Whether an act of this value falls in this bracket, given it fell in no earlier one. */
  boolean covers(BigDecimal actValueMxn) {
    return upToMxn == null || actValueMxn.compareTo(upToMxn) <= 0;
  }
}
