package mx.gob.qroo.rppc.party.domain;

/** Persona física (identified by CURP) or persona moral (identified by RFC). */
public enum PartyKind {
  NATURAL("Persona física"),
  LEGAL("Persona moral");

  private final String label;

  PartyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
