package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import mx.gob.qroo.rppc.folio.domain.EntryKind;

/** A kind of procedure the registry accepts (catalogue kept in the database). */
@Entity
@Table(name = "procedure_type", schema = "filing")
public class ProcedureType {

  @Id
  @Column(name = "code", length = 64)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "registry_book", nullable = false, length = 16)
  private String registryBook;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_kind", length = 32)
  private EntryKind entryKind;

  @Column(name = "term_business_days", nullable = false)
  private int termBusinessDays;

  protected ProcedureType() {}

  public ProcedureType(
      String code, String name, String registryBook, EntryKind entryKind, int termBusinessDays) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.registryBook = Objects.requireNonNull(registryBook);
    if (termBusinessDays < 1) {
      throw new IllegalArgumentException("el plazo es de al menos un día hábil");
    }
    this.entryKind = entryKind;
    this.termBusinessDays = termBusinessDays;
  }

  public String code() {
    return code;
  }

  /** Spanish name shown to staff and citizens. */
  public String name() {
    return name;
  }

  /** PROPERTY or COMMERCE: which registry the procedure belongs to. */
  public String registryBook() {
    return registryBook;
  }

  /** The entry an inscription writes; null for procedures that write none (certificates). */
  public EntryKind entryKind() {
    return entryKind;
  }

  /** Legal term to resolve a filing of this type, in business days from reception. */
  public int termBusinessDays() {
    return termBusinessDays;
  }

  /** Whether a filing of this type must name the folios it concerns. */
  public boolean concernsFolios() {
    return entryKind != null || issuesCertificates();
  }

  /** Whether resolving a filing of this type issues a certificate of each of its folios. */
  public boolean issuesCertificates() {
    return entryKind == null && code.startsWith("CERTIFICADO");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcedureType other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
