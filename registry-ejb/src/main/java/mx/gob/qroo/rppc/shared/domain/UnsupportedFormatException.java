package mx.gob.qroo.rppc.shared.domain;

/**
 * An uploaded file whose bytes are none of the formats the operation accepts (whatever its name
 * says): refused before any tool reads it, with nothing stored.
 */
public class UnsupportedFormatException extends RuntimeException {

  public UnsupportedFormatException(String message) {
    super(message);
  }
}
