package mx.gob.qroo.rppc.folio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.Shares;

/**
 * What an entry will say, before it is signed: the facts of the act. The folio checks that the
 * facts fit the kind when it signs.
 */
public record EntryDraft(
    EntryKind kind, List<Holder> holders, ActFacts facts, Integer refersToSequence) {

  public EntryDraft {
    Objects.requireNonNull(kind, "kind");
    holders = holders == null ? List.of() : List.copyOf(holders);
    facts = facts == null ? ActFacts.NONE : facts;
  }

  /**
   * Checks that the facts fit the kind: holders that add up to the whole right, a creditor and
   * amount for a mortgage, a last day and a deed for a notice, the target of a cancellation.
   */
  public void requireFacts() {
    switch (kind.effect()) {
      case ESTABLISHES_HOLDERS -> Shares.requireWhole(holders);
      case ENCUMBERS, EMPOWERS ->
          require(facts.beneficiaryName(), "el acreedor, actor o apoderado");
      case GIVES_NOTICE -> {
        if (facts.expiresOn() == null || facts.deed() == null) {
          throw new IllegalArgumentException(
              "el aviso preventivo necesita vigencia y la escritura que anuncia");
        }
      }
      case CANCELS -> requireTarget();
      case RECTIFIES -> {
        requireTarget();
        require(facts.description(), "la descripción de lo que se rectifica");
        if (!holders.isEmpty()) {
          Shares.requireWhole(holders);
        }
      }
      case RECORDS, DISSOLVES -> require(facts.description(), "la descripción del acto");
    }
    if (kind == EntryKind.MORTGAGE
        && (facts.amountMxn() == null || facts.amountMxn().signum() <= 0)) {
      throw new IllegalArgumentException("la hipoteca necesita el monto garantizado");
    }
  }

  private void requireTarget() {
    if (refersToSequence == null || refersToSequence < 1) {
      throw new IllegalArgumentException("indique el asiento de este folio al que se refiere");
    }
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("falta " + what);
    }
  }

  public static EntryDraft of(EntryKind kind) {
    return new EntryDraft(kind, List.of(), ActFacts.NONE, null);
  }

  public EntryDraft withHolders(List<Holder> newHolders) {
    return new EntryDraft(kind, newHolders, facts, refersToSequence);
  }

  public EntryDraft withBeneficiary(String name, String id, BigDecimal amount) {
    return new EntryDraft(kind, holders, facts.withBeneficiary(name, id, amount), refersToSequence);
  }

  public EntryDraft withDeed(Deed newDeed, BigDecimal value) {
    return new EntryDraft(kind, holders, facts.withDeed(newDeed, value), refersToSequence);
  }

  public EntryDraft expiringOn(LocalDate day) {
    return new EntryDraft(kind, holders, facts.expiringOn(day), refersToSequence);
  }

  public EntryDraft referringTo(Integer sequence) {
    return new EntryDraft(kind, holders, facts, sequence);
  }

  public EntryDraft describedAs(String text) {
    return new EntryDraft(kind, holders, facts.describedAs(text), refersToSequence);
  }
}
