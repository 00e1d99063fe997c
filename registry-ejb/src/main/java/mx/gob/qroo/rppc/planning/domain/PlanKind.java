package mx.gob.qroo.rppc.planning.domain;

/** The two kinds of land-use plan the registry links parcels to. */
public enum PlanKind {
  /** Programa de Desarrollo Urbano: zonas secundarias with uses, density, COS, CUS, height. */
  PDU("Programa de Desarrollo Urbano"),
  /** Programa de Ordenamiento Ecológico Local: UGAs with a policy and criteria. */
  POEL("Programa de Ordenamiento Ecológico Local");

  private final String label;

  PlanKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
