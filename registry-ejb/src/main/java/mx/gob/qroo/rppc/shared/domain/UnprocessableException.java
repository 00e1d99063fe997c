package mx.gob.qroo.rppc.shared.domain;

/**
 * The request is well formed and the registry's state allows it, but what it carries cannot be
 * accepted (a signature that does not stand, for one): 422, nothing stored. {@code kind} names the
 * reason, for the problem type.
 */
public class UnprocessableException extends RuntimeException {

  private final String kind;

  public UnprocessableException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
