package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import mx.gob.qroo.rppc.party.domain.Curp;

/** The natural person who presents a filing at the counter (personal data: staff only). */
@Embeddable
public class Applicant {

  @Column(name = "applicant_name", nullable = false, length = 200)
  private String name;

  @Column(name = "applicant_curp", nullable = false, length = 18)
  private String curp;

  protected Applicant() {}

  public Applicant(String name, Curp curp) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("el nombre del solicitante es obligatorio");
    }
    this.name = name.trim();
    this.curp = Objects.requireNonNull(curp).value();
  }

  public String name() {
    return name;
  }

  public Curp curp() {
    return Curp.of(curp);
  }
}
