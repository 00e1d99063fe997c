package mx.gob.qroo.rppc.signing.domain;

import java.time.Instant;

/**
 * A registrar's verified e.firma signature of some bytes: who signed (the staff user and the
 * certificate's holder), with which certificate (DER, and its serial number in hex) and when it was
 * checked.
 */
public record StaffSignature(
    String userName,
    SignerIdentity signer,
    byte[] certificate,
    String certificateSerial,
    byte[] value,
    Instant checkedAt) {

  public StaffSignature {
    certificate = certificate.clone();
    value = value.clone();
  }

  @Override
  public byte[] certificate() {
    return certificate.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }
}
