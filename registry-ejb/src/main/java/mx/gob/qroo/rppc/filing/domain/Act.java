package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.time.LocalDate;
import mx.gob.qroo.rppc.folio.domain.Deed;

/**
 * The facts of the act a filing asks to inscribe (beyond its new holders, kept beside it): the
 * value, the deed, the creditor and amount of a lien, a notice's last day, the entry a cancellation
 * or rectification targets.
 */
@Embeddable
public class Act {

  @Column(name = "act_value_mxn", precision = 16, scale = 2)
  private BigDecimal valueMxn;

  @Column(name = "act_amount_mxn", precision = 16, scale = 2)
  private BigDecimal amountMxn;

  @Column(name = "act_beneficiary_name")
  private String beneficiaryName;

  @Column(name = "act_beneficiary_id", length = 18)
  private String beneficiaryId;

  @Column(name = "act_expires_on")
  private LocalDate expiresOn;

  @Column(name = "act_refers_to_entry")
  private Integer refersToEntry;

  @Column(name = "act_description")
  private String description;

  @Embedded private Deed deed;

  protected Act() {}

  public Act(
      BigDecimal valueMxn,
      Deed deed,
      BigDecimal amountMxn,
      String beneficiaryName,
      String beneficiaryId,
      LocalDate expiresOn,
      Integer refersToEntry,
      String description) {
    if (valueMxn != null && valueMxn.signum() < 0) {
      throw new IllegalArgumentException("el valor del acto no puede ser negativo");
    }
    this.valueMxn = valueMxn;
    this.deed = deed;
    this.amountMxn = amountMxn;
    this.beneficiaryName = beneficiaryName;
    this.beneficiaryId = beneficiaryId;
    this.expiresOn = expiresOn;
    this.refersToEntry = refersToEntry;
    this.description = description;
  }

  public static Act none() {
    return new Act(null, null, null, null, null, null, null, null);
  }

  public BigDecimal valueMxn() {
    return valueMxn;
  }

  public Deed deed() {
    return deed;
  }

  public BigDecimal amountMxn() {
    return amountMxn;
  }

  public String beneficiaryName() {
    return beneficiaryName;
  }

  public String beneficiaryId() {
    return beneficiaryId;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Integer refersToEntry() {
    return refersToEntry;
  }

  public String description() {
    return description;
  }
}
