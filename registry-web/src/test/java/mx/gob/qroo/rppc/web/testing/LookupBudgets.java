package mx.gob.qroo.rppc.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a per-client budget shows from outside: a client that sends the same request again and again
 * is told to wait (429 with Retry-After) once the budget is spent, or never when the request does
 * not draw on it.
 */
public final class LookupBudgets {

  private LookupBudgets() {}

  /** What a run of the same request came to. */
  public record Run(int sent, int served, FromAddress.Answer refusal) {
    public boolean refused() {
      return refusal != null;
    }
  }

  /**
   * Sends the request from {@code client} until it is refused or {@code at most} times; counts the
   * answers that {@code served} says carried what was looked up.
   */
  public static Run spend(
      FromAddress client,
      Function<FromAddress, FromAddress.Answer> request,
      Predicate<FromAddress.Answer> served,
      int atMost) {
    int servedCount = 0;
    for (int i = 1; i <= atMost; i++) {
      FromAddress.Answer answer = request.apply(client);
      if (answer.status() == 429) {
        assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
        return new Run(i, servedCount, answer);
      }
      if (served.test(answer)) {
        servedCount++;
      }
    }
    return new Run(atMost, servedCount, null);
  }
}
