package mx.gob.qroo.rppc.folio.domain;

/** Folio real (a property) or folio mercantil (a company). */
public enum FolioKind {
  PROPERTY("FR"),
  COMMERCE("FM");

  private final String numberTag;

  FolioKind(String numberTag) {
    this.numberTag = numberTag;
  }

  /** The tag a folio number carries: CUN-FR-000123 or CUN-FM-000045. */
  public String numberTag() {
    return numberTag;
  }
}
