package mx.gob.qroo.rppc.shared.domain;

import java.time.Duration;

/**
 * A client spent its budget of public requests ({@link LookupBudget}); nothing was looked up.
 * {@code what} names the requests in Spanish ("consultas", "solicitudes de mapas").
 */
public class TooManyRequestsException extends RuntimeException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(String what, Duration retryAfter) {
    super(
        "Se hicieron demasiadas "
            + what
            + " desde su dirección. Espere "
            + seconds(retryAfter)
            + (seconds(retryAfter) == 1 ? " segundo" : " segundos")
            + " y vuelva a intentarlo.");
    this.retryAfterSeconds = seconds(retryAfter);
  }

  /** Whole seconds to wait, at least 1 (for a {@code Retry-After} header). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
