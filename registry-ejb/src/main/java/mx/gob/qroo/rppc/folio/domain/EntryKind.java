package mx.gob.qroo.rppc.folio.domain;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of entries (asientos) and what each does to the state of its folio. */
public enum EntryKind {
  OPENING("Apertura de folio", Effect.ESTABLISHES_HOLDERS, EnumSet.allOf(FolioKind.class)),
  SALE("Compraventa", Effect.ESTABLISHES_HOLDERS, EnumSet.of(FolioKind.PROPERTY)),
  DONATION("Donación", Effect.ESTABLISHES_HOLDERS, EnumSet.of(FolioKind.PROPERTY)),
  ADJUDICATION("Adjudicación", Effect.ESTABLISHES_HOLDERS, EnumSet.of(FolioKind.PROPERTY)),
  MORTGAGE("Hipoteca", Effect.ENCUMBERS, EnumSet.of(FolioKind.PROPERTY)),
  ATTACHMENT("Embargo", Effect.ENCUMBERS, EnumSet.of(FolioKind.PROPERTY)),
  PREVENTIVE_NOTICE("Aviso preventivo", Effect.GIVES_NOTICE, EnumSet.of(FolioKind.PROPERTY)),
  CANCELLATION("Cancelación", Effect.CANCELS, EnumSet.allOf(FolioKind.class)),
  RECTIFICATION("Rectificación", Effect.RECTIFIES, EnumSet.allOf(FolioKind.class)),
  CONSTITUTION(
      "Constitución de sociedad", Effect.ESTABLISHES_HOLDERS, EnumSet.of(FolioKind.COMMERCE)),
  POWER_OF_ATTORNEY("Otorgamiento de poder", Effect.EMPOWERS, EnumSet.of(FolioKind.COMMERCE)),
  SHAREHOLDERS_MEETING("Acta de asamblea", Effect.RECORDS, EnumSet.of(FolioKind.COMMERCE)),
  DISSOLUTION("Disolución", Effect.DISSOLVES, EnumSet.of(FolioKind.COMMERCE));

  /** What an entry of the kind does to the folio's state. */
  public enum Effect {
    ESTABLISHES_HOLDERS,
    ENCUMBERS,
    GIVES_NOTICE,
    EMPOWERS,
    CANCELS,
    RECTIFIES,
    RECORDS,
    DISSOLVES
  }

  private final String label;
  private final Effect effect;
  private final Set<FolioKind> folioKinds;

  EntryKind(String label, Effect effect, Set<FolioKind> folioKinds) {
    this.label = label;
    this.effect = effect;
    this.folioKinds = folioKinds;
  }

  public String label() {
    return label;
  }

  public Effect effect() {
    return effect;
  }

  public boolean appliesTo(FolioKind kind) {
    return folioKinds.contains(kind);
  }
}
