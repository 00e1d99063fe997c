package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Holder;

/**
 * Asiento: one signed statement on a folio. It has no mutators; the database refuses to update or
 * delete it. A mistake is fixed by a rectification, a lien ends by a cancellation.
 */
@Entity
@Table(name = "entry", schema = "folio")
public class RegistryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "folio_id", nullable = false, updatable = false)
  private Folio folio;

  @Column(name = "sequence", nullable = false, updatable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private EntryKind kind;

  @Column(name = "filing_entry_number", updatable = false, length = 24)
  private String filingEntryNumber;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Column(name = "signed_by", nullable = false, updatable = false)
  private String signedBy;

  @Embedded private ActFacts facts;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "refers_to_entry_id", updatable = false)
  private RegistryEntry refersTo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "folio",
      name = "entry_holder",
      joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  private List<Holder> holders = new ArrayList<>();

  protected RegistryEntry() {}

  RegistryEntry(
      Folio folio,
      int sequence,
      EntryDraft draft,
      RegistryEntry refersTo,
      String filingEntryNumber,
      String signedBy,
      Instant signedAt) {
    this.folio = folio;
    this.sequence = sequence;
    this.kind = draft.kind();
    this.filingEntryNumber = filingEntryNumber;
    this.signedAt = signedAt;
    this.signedBy = signedBy;
    this.facts = draft.facts();
    this.refersTo = refersTo;
    this.holders = new ArrayList<>(draft.holders());
  }

  public int sequence() {
    return sequence;
  }

  public EntryKind kind() {
    return kind;
  }

  public String filingEntryNumber() {
    return filingEntryNumber;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String signedBy() {
    return signedBy;
  }

  /** What the act stated: value, deed, beneficiary and amount, last day, description. */
  public ActFacts facts() {
    // an embeddable whose columns are all null comes back from the database as null
    return facts == null ? ActFacts.NONE : facts;
  }

  /** Sequence on the same folio of the entry this one cancels or rectifies, if any. */
  public Integer refersToSequence() {
    // through the accessor: refersTo may be a lazy proxy whose fields are not loaded
    return refersTo == null ? null : refersTo.sequence();
  }

  public List<Holder> holders() {
    return List.copyOf(holders);
  }
}
