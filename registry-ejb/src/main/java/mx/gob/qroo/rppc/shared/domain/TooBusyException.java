package mx.gob.qroo.rppc.shared.domain;

/**
 * A request was given up because the server, or a service it needs, is busy or did not answer (a
 * read ran past its time limit, no connection was free in time, the time-stamping authority was
 * silent): nothing is wrong with the request, nothing was stored, and it may be tried again later.
 */
public class TooBusyException extends RuntimeException {

  /** Seconds after which trying again makes sense (for a {@code Retry-After} header). */
  public static final long RETRY_AFTER_SECONDS = 10;

  public TooBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
