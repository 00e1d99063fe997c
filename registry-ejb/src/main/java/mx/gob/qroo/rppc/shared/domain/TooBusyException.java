package mx.gob.qroo.rppc.shared.domain;

/**
 * A read was given up because the server is busy (it ran past its time limit, or no connection was
 * free in time): nothing is wrong with the request, and it may be tried again later.
 */
public class TooBusyException extends RuntimeException {

  /** Seconds after which trying again makes sense (for a {@code Retry-After} header). */
  public static final long RETRY_AFTER_SECONDS = 10;

  public TooBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
