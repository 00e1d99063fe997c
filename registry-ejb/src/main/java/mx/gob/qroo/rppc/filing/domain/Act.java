package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import mx.gob.qroo.rppc.folio.domain.ActFacts;

/**
 * The act a filing asks to inscribe (beyond its new holders, kept beside it): its facts, and the
 * entry of the folio a cancellation or rectification targets, by its sequence.
 */
@Embeddable
public class Act {

  @Embedded
  @AttributeOverride(
      name = "amountMxn",
      column = @Column(name = "act_amount_mxn", precision = 16, scale = 2))
  @AttributeOverride(name = "beneficiaryName", column = @Column(name = "act_beneficiary_name"))
  @AttributeOverride(
      name = "beneficiaryId",
      column = @Column(name = "act_beneficiary_id", length = 18))
  @AttributeOverride(name = "expiresOn", column = @Column(name = "act_expires_on"))
  @AttributeOverride(name = "description", column = @Column(name = "act_description"))
  private ActFacts facts;

  @Column(name = "act_refers_to_entry")
  private Integer refersToEntry;

  protected Act() {}

  public Act(ActFacts facts, Integer refersToEntry) {
    this.facts = facts == null ? ActFacts.NONE : facts;
    this.refersToEntry = refersToEntry;
  }

  public static Act none() {
    return new Act(ActFacts.NONE, null);
  }

  public ActFacts facts() {
    // an embeddable whose columns are all null comes back from the database as null
    return facts == null ? ActFacts.NONE : facts;
  }

  /** Sequence, on the filing's folio, of the entry the act cancels or rectifies; null if none. */
  public Integer refersToEntry() {
    return refersToEntry;
  }
}
