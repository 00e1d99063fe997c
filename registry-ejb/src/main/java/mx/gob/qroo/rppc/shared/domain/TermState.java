package mx.gob.qroo.rppc.shared.domain;

/** Where a filing stands against its legal term, as staff and citizens read it. */
public enum TermState {
  ON_TIME("En tiempo"),
  AT_RISK("Por vencer"),
  OVERDUE("Vencido");

  private final String label;

  TermState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
