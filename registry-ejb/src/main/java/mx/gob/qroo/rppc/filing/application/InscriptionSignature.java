package mx.gob.qroo.rppc.filing.application;

import java.util.Base64;
import mx.gob.qroo.rppc.shared.domain.Violations;

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

  /**
   * The signature a client sent in base64 (the API's body, the page's hidden fields): null when
   * neither part was sent; a part missing or not base64 is recorded against {@code
   * signature.certificate} or {@code signature.value}.
   */
  public static InscriptionSignature fromBase64(
      String certificate, String value, Violations violations) {
    if ((certificate == null || certificate.isBlank()) && (value == null || value.isBlank())) {
      return null;
    }
    byte[] der =
        violations.parse("signature.certificate", certificate, InscriptionSignature::base64);
    byte[] signed = violations.parse("signature.value", value, InscriptionSignature::base64);
    return der == null || signed == null ? null : new InscriptionSignature(der, signed);
  }

  private static byte[] base64(String text) {
    try {
      // line breaks and spaces of a pasted PEM body are no error; anything else is
      return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no es base64");
    }
  }
}
