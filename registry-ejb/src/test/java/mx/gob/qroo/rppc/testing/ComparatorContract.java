package mx.gob.qroo.rppc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

/**
 * Checks the {@link Comparator} contract on every pair and triple of some samples: zero for an
 * element and itself, opposite signs both ways, transitivity, and zero only for equal elements. A
 * comparator that never answers zero, or answers by the order it is asked in, fails here before a
 * sort throws "Comparison method violates its general contract" in production.
 */
public final class ComparatorContract {

  private ComparatorContract() {}

  public static <T> void assertTotalOrderConsistentWithEquals(
      Comparator<? super T> order, List<T> samples) {
    for (T a : samples) {
      assertThat(order.compare(a, a)).as("compare(%s, itself)", a).isZero();
      for (T b : samples) {
        int ab = Integer.signum(order.compare(a, b));
        assertThat(ab)
            .as("sign of compare(%s, %s)", a, b)
            .isEqualTo(-Integer.signum(order.compare(b, a)));
        assertThat(ab == 0)
            .as("compare(%s, %s) is zero only when they are equal", a, b)
            .isEqualTo(a.equals(b));
        for (T c : samples) {
          if (ab < 0 && order.compare(b, c) < 0) {
            assertThat(order.compare(a, c)).as("transitive: %s < %s < %s", a, b, c).isNegative();
          }
        }
      }
    }
  }
}
