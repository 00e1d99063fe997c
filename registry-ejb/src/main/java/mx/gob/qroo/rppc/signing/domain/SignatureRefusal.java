package mx.gob.qroo.rppc.signing.domain;

/**
 * Why a staff signature is refused: the last segment of the problem type a client reads, and the
 * reason as the registrar reads it.
 */
public enum SignatureRefusal {
  MALFORMED("firma-mal-formada", "la firma o el certificado no se pueden leer"),
  NOT_FOR_SIGNING(
      "certificado-sin-uso-de-firma",
      "el certificado no es de firma electrónica (su uso de llave no permite firmar)"),
  NOT_YET_VALID("certificado-aun-no-vigente", "el certificado todavía no es vigente"),
  EXPIRED("certificado-vencido", "el certificado ya venció"),
  BAD_SIGNATURE(
      "firma-invalida",
      "la firma no corresponde a lo que se firma o no se hizo con la llave de ese certificado"),
  FOREIGN("certificado-ajeno", "el certificado no es del registrador que firma"),
  UNTRUSTED(
      "certificado-no-confiable",
      "el certificado no fue emitido por una autoridad certificadora aceptada por el Registro"),
  REVOKED("certificado-revocado", "el certificado fue revocado"),
  REVOCATION_UNKNOWN(
      "revocacion-desconocida",
      "no se pudo confirmar que el certificado no esté revocado; intente de nuevo en unos minutos");

  private final String kind;
  private final String reason;

  SignatureRefusal(String kind, String reason) {
    this.kind = kind;
    this.reason = reason;
  }

  public String kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }
}
