package mx.gob.qroo.rppc.web.filing.rest;

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
    return signature == null
        ? null
        : InscriptionSignature.fromBase64(signature.certificate(), signature.value(), violations);
  }
}
