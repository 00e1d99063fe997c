package mx.gob.qroo.rppc.signing.domain;

import mx.gob.qroo.rppc.shared.domain.UnprocessableException;

/** A signature that cannot stand: nothing it signs is stored (422, with the refusal's kind). */
public class SignatureRefusedException extends UnprocessableException {

  private final SignatureRefusal refusal;

  public SignatureRefusedException(SignatureRefusal refusal) {
    this(refusal, null);
  }

  /** With a particular of this case (whose certificate, since when) after the general reason. */
  public SignatureRefusedException(SignatureRefusal refusal, String particular) {
    super(
        refusal.kind(),
        particular == null ? refusal.reason() : refusal.reason() + ": " + particular);
    this.refusal = refusal;
  }

  public SignatureRefusal refusal() {
    return refusal;
  }
}
