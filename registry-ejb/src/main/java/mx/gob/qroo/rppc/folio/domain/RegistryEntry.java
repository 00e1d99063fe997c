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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.CanonicalJson;

/**
 * Asiento: one signed statement on a folio. It has no mutators; the database refuses to update or
 * delete it. A mistake is fixed by a rectification, a lien ends by a cancellation.
 *
 * <p>It keeps the SHA-256 of its canonical bytes ({@link EntryStatement#sealed}) and the hash of
 * the entry before it on the folio, so a folio's entries form a hash chain, and the registrar's
 * e.firma signature of the inscription that wrote it.
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

  @Column(name = "content_hash", updatable = false)
  private byte[] contentHash;

  @Column(name = "previous_hash", updatable = false)
  private byte[] previousHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "signature_id", updatable = false)
  private EntrySignature signature;

  protected RegistryEntry() {}

  RegistryEntry(
      Folio folio,
      EntryStatement statement,
      RegistryEntry refersTo,
      String signedBy,
      Instant signedAt,
      EntrySignature signature) {
    this.folio = folio;
    this.sequence = statement.sequence();
    this.kind = statement.kind();
    this.filingEntryNumber = statement.filing();
    this.signedAt = signedAt;
    this.signedBy = signedBy;
    this.facts = statement.facts();
    this.refersTo = refersTo;
    this.holders = new ArrayList<>(statement.holders());
    this.previousHash =
        statement.previousHash() == null ? null : HEX.parseHex(statement.previousHash());
    this.signature = signature;
    this.contentHash = hashOf(statement);
  }

  private static final HexFormat HEX = HexFormat.of();

  /** What this entry states, rebuilt from what is stored. */
  public EntryStatement statement() {
    return new EntryStatement(
        folio.number().toString(),
        sequence,
        previousHash == null ? null : HEX.formatHex(previousHash),
        kind,
        filingEntryNumber,
        facts(),
        holders,
        refersToSequence());
  }

  /** The SHA-256 of the entry's canonical bytes when it was signed (hex); null if never sealed. */
  public String contentHash() {
    return contentHash == null ? null : HEX.formatHex(contentHash);
  }

  /** Whether what is stored still has the hash it was sealed with. */
  public boolean intact() {
    return contentHash != null && Arrays.equals(contentHash, hashOf(statement()));
  }

  /** The hash of the entry before it that this one names (hex); null for the first. */
  public String previousHash() {
    return previousHash == null ? null : HEX.formatHex(previousHash);
  }

  /** The entry's canonical bytes (RFC 8785) as what is stored gives them now. */
  public byte[] canonicalBytes() {
    return bytesOf(statement());
  }

  /** The SHA-256 of {@link #canonicalBytes()} (hex): {@link #contentHash()} if intact. */
  public String currentHash() {
    return HEX.formatHex(hashOf(statement()));
  }

  /** The registrar's e.firma signature of the inscription that wrote this entry, if any. */
  public EntrySignature signature() {
    return signature;
  }

  private byte[] hashOf(EntryStatement statement) {
    return CanonicalJson.sha256(bytesOf(statement));
  }

  private byte[] bytesOf(EntryStatement statement) {
    return CanonicalJson.bytes(statement.sealed(signedBy, signedAt));
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
