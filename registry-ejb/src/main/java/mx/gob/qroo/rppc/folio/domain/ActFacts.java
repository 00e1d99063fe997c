package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts an act states, one value from the filing that asks for it through the draft to the
 * signed entry: the value, the deed, the creditor or attorney and the amount of a lien, a notice's
 * last day, a description. The entry an act cancels or rectifies is not among them: a filing and a
 * draft name it by its sequence, a signed entry links to it.
 *
 * <p>The column names are those of {@code folio.entry}; a filing maps them to its {@code act_*}
 * columns.
 */
@Embeddable
public record ActFacts(
    @Column(name = "act_value_mxn", precision = 16, scale = 2) BigDecimal valueMxn,
    @Embedded Deed deed,
    @Column(name = "amount_mxn", precision = 16, scale = 2) BigDecimal amountMxn,
    @Column(name = "beneficiary_name") String beneficiaryName,
    @Column(name = "beneficiary_id", length = 18) String beneficiaryId,
    @Column(name = "expires_on") LocalDate expiresOn,
    @Column(name = "description") String description) {

  /** An act that states nothing beyond its kind (and, for a transfer, its new holders). */
  public static final ActFacts NONE = new ActFacts(null, null, null, null, null, null, null);

  public ActFacts {
    if (valueMxn != null && valueMxn.signum() < 0) {
      throw new IllegalArgumentException("el valor del acto no puede ser negativo");
    }
  }

  /** These facts with a lien's creditor (or a power's attorney), their id and the amount. */
  public ActFacts withBeneficiary(String name, String id, BigDecimal amount) {
    return new ActFacts(valueMxn, deed, amount, name, id, expiresOn, description);
  }

  /** These facts with the deed behind the act and the act's value. */
  public ActFacts withDeed(Deed newDeed, BigDecimal value) {
    return new ActFacts(
        value, newDeed, amountMxn, beneficiaryName, beneficiaryId, expiresOn, description);
  }

  public ActFacts expiringOn(LocalDate day) {
    return new ActFacts(
        valueMxn, deed, amountMxn, beneficiaryName, beneficiaryId, day, description);
  }

  public ActFacts describedAs(String text) {
    return new ActFacts(valueMxn, deed, amountMxn, beneficiaryName, beneficiaryId, expiresOn, text);
  }
}
