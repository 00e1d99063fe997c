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
    EntryKind kind,
    List<Holder> holders,
    BigDecimal actValueMxn,
    BigDecimal amountMxn,
    String beneficiaryName,
    String beneficiaryId,
    LocalDate expiresOn,
    Deed deed,
    Integer refersToSequence,
    String description) {

  public EntryDraft {
    Objects.requireNonNull(kind, "kind");
    holders = holders == null ? List.of() : List.copyOf(holders);
  }

  /**
   * Checks that the facts fit the kind: holders that add up to the whole right, a creditor and
   * amount for a mortgage, a last day and a deed for a notice, the target of a cancellation.
   */
  public void requireFacts() {
    switch (kind.effect()) {
      case ESTABLISHES_HOLDERS -> Shares.requireWhole(holders);
      case ENCUMBERS, EMPOWERS -> require(beneficiaryName, "el acreedor, actor o apoderado");
      case GIVES_NOTICE -> {
        if (expiresOn == null || deed == null) {
          throw new IllegalArgumentException(
              "el aviso preventivo necesita vigencia y la escritura que anuncia");
        }
      }
      case CANCELS -> requireTarget();
      case RECTIFIES -> {
        requireTarget();
        require(description, "la descripción de lo que se rectifica");
        if (!holders.isEmpty()) {
          Shares.requireWhole(holders);
        }
      }
      case RECORDS, DISSOLVES -> require(description, "la descripción del acto");
    }
    if (kind == EntryKind.MORTGAGE && (amountMxn == null || amountMxn.signum() <= 0)) {
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
    return new EntryDraft(kind, List.of(), null, null, null, null, null, null, null, null);
  }

  public EntryDraft withHolders(List<Holder> newHolders) {
    return new EntryDraft(
        kind,
        newHolders,
        actValueMxn,
        amountMxn,
        beneficiaryName,
        beneficiaryId,
        expiresOn,
        deed,
        refersToSequence,
        description);
  }

  public EntryDraft withBeneficiary(String name, String id, BigDecimal amount) {
    return new EntryDraft(
        kind,
        holders,
        actValueMxn,
        amount,
        name,
        id,
        expiresOn,
        deed,
        refersToSequence,
        description);
  }

  public EntryDraft withDeed(Deed newDeed, BigDecimal value) {
    return new EntryDraft(
        kind,
        holders,
        value,
        amountMxn,
        beneficiaryName,
        beneficiaryId,
        expiresOn,
        newDeed,
        refersToSequence,
        description);
  }

  public EntryDraft expiringOn(LocalDate day) {
    return new EntryDraft(
        kind,
        holders,
        actValueMxn,
        amountMxn,
        beneficiaryName,
        beneficiaryId,
        day,
        deed,
        refersToSequence,
        description);
  }

  public EntryDraft referringTo(Integer sequence) {
    return new EntryDraft(
        kind,
        holders,
        actValueMxn,
        amountMxn,
        beneficiaryName,
        beneficiaryId,
        expiresOn,
        deed,
        sequence,
        description);
  }

  public EntryDraft describedAs(String text) {
    return new EntryDraft(
        kind,
        holders,
        actValueMxn,
        amountMxn,
        beneficiaryName,
        beneficiaryId,
        expiresOn,
        deed,
        refersToSequence,
        text);
  }
}
