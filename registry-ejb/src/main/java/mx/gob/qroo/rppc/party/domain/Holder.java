package mx.gob.qroo.rppc.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Titular: a party holding a share (in percent) of a right. A natural person is identified by CURP,
 * a legal person by RFC.
 */
@Embeddable
public class Holder {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 8)
  private PartyKind kind;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "curp", length = 18)
  private String curp;

  @Column(name = "rfc", length = 13)
  private String rfc;

  @Column(name = "share", nullable = false, precision = 7, scale = 4)
  private BigDecimal share;

  protected Holder() {}

  private Holder(PartyKind kind, String name, Curp curp, Rfc rfc, BigDecimal share) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("el nombre del titular es obligatorio");
    }
    if (share == null || share.signum() <= 0 || share.compareTo(Shares.WHOLE) > 0) {
      throw new IllegalArgumentException("la participación va de más de 0 a 100 %");
    }
    this.kind = kind;
    this.name = name.trim();
    this.curp = curp == null ? null : curp.value();
    this.rfc = rfc == null ? null : rfc.value();
    this.share = share.stripTrailingZeros();
  }

  public static Holder naturalPerson(String name, Curp curp, BigDecimal share) {
    return new Holder(PartyKind.NATURAL, name, Objects.requireNonNull(curp, "curp"), null, share);
  }

  public static Holder legalPerson(String name, Rfc rfc, BigDecimal share) {
    if (!rfc.isLegalPerson()) {
      throw new IllegalArgumentException("una persona moral tiene un RFC de 12 caracteres");
    }
    return new Holder(PartyKind.LEGAL, name, null, rfc, share);
  }

  public PartyKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** CURP for a natural person, RFC for a legal person. */
  public String identifier() {
    return kind == PartyKind.NATURAL ? curp : rfc;
  }

  public BigDecimal share() {
    return share;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Holder other
        && kind == other.kind
        && Objects.equals(identifier(), other.identifier())
        && share.compareTo(other.share) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, identifier());
  }
}
