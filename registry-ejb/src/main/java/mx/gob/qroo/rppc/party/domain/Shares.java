package mx.gob.qroo.rppc.party.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on a set of holders of one right. */
public final class Shares {

  public static final BigDecimal WHOLE = new BigDecimal("100");

  private Shares() {}

  /** The holders of a right together hold all of it, each appearing once. */
  public static List<Holder> requireWhole(List<Holder> holders) {
    if (holders == null || holders.isEmpty()) {
      throw new IllegalArgumentException("se requiere al menos un titular");
    }
    BigDecimal total = holders.stream().map(Holder::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(WHOLE) != 0) {
      throw new IllegalArgumentException(
          "las participaciones suman "
              + total.stripTrailingZeros().toPlainString()
              + " %, no 100 %");
    }
    Set<String> seen = new HashSet<>();
    for (Holder holder : holders) {
      if (!seen.add(holder.identifier())) {
        throw new IllegalArgumentException(
            "el titular " + holder.identifier() + " aparece dos veces");
      }
    }
    return List.copyOf(holders);
  }
}
