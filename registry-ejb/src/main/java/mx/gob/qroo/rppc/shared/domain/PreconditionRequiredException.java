package mx.gob.qroo.rppc.shared.domain;

/**
 * The request would be allowed, but only with something it lacks (the registrar's signature of what
 * it writes): 428, nothing stored. {@code kind} names what is missing, for the problem type.
 */
public class PreconditionRequiredException extends RuntimeException {

  private final String kind;

  public PreconditionRequiredException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
