package mx.gob.qroo.rppc.planning.domain;

/** The environmental policy a POEL assigns to a Unidad de Gestión Ambiental (UGA). */
public enum UgaPolicy {
  PROTECTION("Protección"),
  CONSERVATION("Conservación"),
  RESTORATION("Restauración"),
  SUSTAINABLE_USE("Aprovechamiento sustentable");

  private final String label;

  UgaPolicy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
