package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mx.gob.qroo.rppc.folio.domain.EntryKind.Effect;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * A folio: the electronic record from which every entry on one property or company hangs. Entries
 * are appended by {@link #sign}, which checks that the act fits the folio and its current state.
 */
@Entity
@Table(name = "folio", schema = "folio")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 8)
public abstract class Folio {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = FolioNumberConverter.class)
  @Column(name = "folio_number", nullable = false, unique = true, updatable = false, length = 24)
  private FolioNumber folioNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "office", nullable = false, updatable = false, length = 3)
  private Office office;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Version private long version;

  @OneToMany(mappedBy = "folio")
  @OrderBy("sequence")
  private List<RegistryEntry> entries = new ArrayList<>();

  protected Folio() {}

  protected Folio(FolioNumber number, Instant openedAt) {
    this.folioNumber = Objects.requireNonNull(number);
    this.office = number.office();
    this.openedAt = Objects.requireNonNull(openedAt);
  }

  public abstract FolioKind kind();

  public FolioNumber number() {
    return folioNumber;
  }

  public Office office() {
    return office;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public List<RegistryEntry> entries() {
    return List.copyOf(entries);
  }

  public FolioState stateAsOf(Instant instant) {
    return FolioState.of(entries, instant);
  }

  /**
   * What signing the draft would state now (the next sequence, the hash of the last entry), after
   * the checks {@link #sign} makes; the folio does not change. This is what the registrar signs.
   */
  public EntryStatement statementOf(EntryDraft draft, String filingEntryNumber, Instant at) {
    return statement(draft, filingEntryNumber, check(draft, at));
  }

  /**
   * Signs a new entry: the act must fit this kind of folio and the folio's state now. Returns the
   * entry, to be persisted by the caller in the same transaction.
   */
  public RegistryEntry sign(EntryDraft draft, String filingEntryNumber, String signer, Instant at) {
    return sign(draft, filingEntryNumber, signer, at, null);
  }

  /** {@link #sign}, the entry carrying the registrar's e.firma signature of its statement. */
  public RegistryEntry sign(
      EntryDraft draft,
      String filingEntryNumber,
      String signer,
      Instant at,
      EntrySignature signature) {
    RegistryEntry target = check(draft, at);
    RegistryEntry entry =
        new RegistryEntry(
            this, statement(draft, filingEntryNumber, target), target, signer, at, signature);
    entries.add(entry);
    return entry;
  }

  private EntryStatement statement(
      EntryDraft draft, String filingEntryNumber, RegistryEntry target) {
    return new EntryStatement(
        folioNumber.toString(),
        entries.size() + 1,
        entries.isEmpty() ? null : entries.get(entries.size() - 1).contentHash(),
        draft.kind(),
        filingEntryNumber,
        draft.facts(),
        draft.holders(),
        target == null ? null : target.sequence());
  }

  /** The checks of {@link #sign}; returns the entry the draft cancels or rectifies, if any. */
  private RegistryEntry check(EntryDraft draft, Instant at) {
    EntryKind kind = draft.kind();
    if (!kind.appliesTo(kind())) {
      throw new IllegalArgumentException(kind.label() + " no procede en un folio de este tipo");
    }
    boolean opens = kind == EntryKind.OPENING || kind == EntryKind.CONSTITUTION;
    if (opens && !entries.isEmpty()) {
      throw new IllegalArgumentException("el folio ya está abierto con su primer asiento");
    }
    if (!opens && entries.isEmpty()) {
      throw new IllegalArgumentException("el folio no tiene asiento de apertura");
    }
    if (!entries.isEmpty() && at.isBefore(entries.get(entries.size() - 1).signedAt())) {
      throw new IllegalArgumentException("un asiento no puede firmarse antes que el anterior");
    }
    FolioState now = stateAsOf(at);
    if (now.dissolved() && kind != EntryKind.RECTIFICATION) {
      throw new IllegalArgumentException("la sociedad está disuelta");
    }
    RegistryEntry target = target(draft, now);
    draft.requireFacts();
    return target;
  }

  private RegistryEntry target(EntryDraft draft, FolioState now) {
    Effect effect = draft.kind().effect();
    if (effect != Effect.CANCELS && effect != Effect.RECTIFIES) {
      return null;
    }
    Integer sequence = draft.refersToSequence();
    if (sequence == null || sequence < 1 || sequence > entries.size()) {
      throw new IllegalArgumentException("indique el asiento de este folio al que se refiere");
    }
    RegistryEntry target = entries.get(sequence - 1);
    if (effect == Effect.CANCELS && !now.inForce(target)) {
      throw new IllegalArgumentException(
          "el asiento "
              + sequence
              + " ("
              + target.kind().label()
              + ") no está vigente y no puede cancelarse");
    }
    if (effect == Effect.RECTIFIES
        && !draft.holders().isEmpty()
        && target.kind().effect() != Effect.ESTABLISHES_HOLDERS) {
      throw new IllegalArgumentException(
          "solo se rectifican titulares de un asiento que los establece");
    }
    return target;
  }
}
