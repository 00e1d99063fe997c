package mx.gob.qroo.rppc.shared.domain;

/** The thing asked for does not exist (or is not visible to the caller). */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String message) {
    super(message);
  }
}
