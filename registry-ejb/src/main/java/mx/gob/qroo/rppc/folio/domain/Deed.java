package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** The notarial deed (escritura) behind an act: number, notary, date. */
@Embeddable
public class Deed {

  @Column(name = "deed_number", length = 40)
  private String number;

  @Column(name = "deed_notary")
  private String notary;

  @Column(name = "deed_date")
  private LocalDate date;

  protected Deed() {}

  public Deed(String number, String notary, LocalDate date) {
    if (number == null || number.isBlank() || notary == null || notary.isBlank()) {
      throw new IllegalArgumentException("la escritura necesita número y notario");
    }
    this.number = number.trim();
    this.notary = notary.trim();
    this.date = date;
  }

  public String number() {
    return number;
  }

  public String notary() {
    return notary;
  }

  public LocalDate date() {
    return date;
  }

  /** The same deed: same number before the same notary. */
  public boolean sameDeedAs(Deed other) {
    return other != null
        && number != null
        && number.equalsIgnoreCase(other.number)
        && notary.equalsIgnoreCase(other.notary);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deed other && sameDeedAs(other) && Objects.equals(date, other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        number == null ? null : number.toLowerCase(), notary == null ? null : notary.toLowerCase());
  }
}
