package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

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

  protected ProcedureType() {}

  public ProcedureType(String code, String name, String registryBook) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.registryBook = Objects.requireNonNull(registryBook);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcedureType other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
