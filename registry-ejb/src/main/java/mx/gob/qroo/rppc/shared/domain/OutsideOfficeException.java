package mx.gob.qroo.rppc.shared.domain;

/**
 * A clerk or registrar asked for a filing or folio of an office they do not work in, with no
 * justification the rules accept: refused (403) and logged as DENIED.
 */
public class OutsideOfficeException extends RuntimeException {

  public OutsideOfficeException(String message) {
    super(message);
  }
}
