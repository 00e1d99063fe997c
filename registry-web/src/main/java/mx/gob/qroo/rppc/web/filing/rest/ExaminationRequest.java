package mx.gob.qroo.rppc.web.filing.rest;

import java.util.Base64;
import mx.gob.qroo.rppc.filing.application.InscriptionSignature;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Body of {@code POST /api/filings/{entryNumber}/examination}; an inscription that writes entries
 * carries the registrar's e.firma signature of what {@code …/examination/to-be-signed} gave.
 */
public record ExaminationRequest(
    String decision, String grounds, Integer correctionTermDays, Signature signature) {

  /** The certificate (.cer, DER) and the signature value, both in base64. */
  public record Signature(String certificate, String value) {}

  /** The signature decoded, or null when none was sent; a bad field is recorded in violations. */
  InscriptionSignature inscriptionSignature(Violations violations) {
    if (signature == null) {
      return null;
    }
    byte[] certificate =
        violations.parse(
            "signature.certificate", signature.certificate(), ExaminationRequest::base64);
    byte[] value =
        violations.parse("signature.value", signature.value(), ExaminationRequest::base64);
    return certificate == null || value == null
        ? null
        : new InscriptionSignature(certificate, value);
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
