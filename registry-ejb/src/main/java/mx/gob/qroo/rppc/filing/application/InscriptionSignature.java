package mx.gob.qroo.rppc.filing.application;

/**
 * A registrar's e.firma signature of an inscription's statement as a client sends it: the
 * certificate (DER) and the RSA PKCS#1 v1.5 SHA-256 signature value.
 */
public record InscriptionSignature(byte[] certificate, byte[] value) {

  public InscriptionSignature {
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
