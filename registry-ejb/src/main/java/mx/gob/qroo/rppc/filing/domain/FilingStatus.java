package mx.gob.qroo.rppc.filing.domain;

/** Where a filing stands in its lifecycle, with the words a citizen reads. */
public enum FilingStatus {
  RECEIVED("Recibido"),
  ASSIGNED("Turnado a un registrador"),
  IN_EXAMINATION("En calificación"),
  SUSPENDED("Suspendido: requiere corrección"),
  INSCRIBED("Inscrito"),
  DENIED("Denegado"),
  WITHDRAWN("Desistido"),
  LAPSED("Caducado");

  private final String citizenLabel;

  FilingStatus(String citizenLabel) {
    this.citizenLabel = citizenLabel;
  }

  public String citizenLabel() {
    return citizenLabel;
  }
}
