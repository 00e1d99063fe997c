package mx.gob.qroo.rppc.filing.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.Fee;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingTransition;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.PartyKind;

/**
 * The SQL and the values that store a just-received filing with its act holders, folios and first
 * transition: one statement whose common table expressions share the new filing's id. Values of
 * types other than text and integers travel as text and are cast in the statement (an instant in
 * ISO-8601 with its Z), so that neither a null nor the JVM's time zone can change what is stored.
 */
final class ReceptionInsert {

  private static final String FILING =
      "with filing as (insert into filing.filing (office, entry_year, entry_sequence,"
          + " tracking_code, procedure_type, applicant_name, applicant_curp, status, received_at,"
          + " priority_at, term_business_days, due_date, act_value_mxn, act_amount_mxn,"
          + " act_beneficiary_name, act_beneficiary_id, act_expires_on, act_refers_to_entry,"
          + " act_description, deed_number, deed_notary, deed_date, pages, fee_uma, fee_mxn,"
          + " fee_explanation, idempotency_key, request_digest, version)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as timestamptz), cast(? as timestamptz), ?,"
          + " cast(? as date), cast(? as numeric),"
          + " cast(? as numeric), ?, ?, cast(? as date), cast(? as integer), ?, ?, ?,"
          + " cast(? as date), ?, cast(? as numeric), cast(? as numeric), ?, ?, ?, 0)"
          + " returning id)";

  private final Filing filing;
  private final List<Object> values = new ArrayList<>();
  private final StringBuilder sql = new StringBuilder(FILING);

  ReceptionInsert(Filing filing) {
    this.filing = filing;
    filingRow();
    holderRows();
    folioRows();
    transitionRows();
  }

  String sql() {
    return sql.toString();
  }

  /** The values of the statement's parameters, in order, nulls included. */
  List<Object> values() {
    return Collections.unmodifiableList(values);
  }

  private void filingRow() {
    ActFacts act = filing.act().facts();
    Deed deed = act.deed();
    Fee fee = filing.fee();
    add(filing.entryNumber().office().name());
    add(filing.entryNumber().year());
    add(filing.entryNumber().sequence());
    add(filing.trackingCode().value());
    add(filing.procedureType().code());
    add(filing.applicant().name());
    add(filing.applicant().curp().value());
    add(filing.status().name());
    add(text(filing.receivedAt()));
    add(text(filing.priorityAt()));
    add(filing.termBusinessDays());
    add(text(filing.dueDate()));
    add(text(act.valueMxn()));
    add(text(act.amountMxn()));
    add(act.beneficiaryName());
    add(act.beneficiaryId());
    add(text(act.expiresOn()));
    add(text(filing.act().refersToEntry()));
    add(act.description());
    add(deed == null ? null : deed.number());
    add(deed == null ? null : deed.notary());
    add(deed == null ? null : text(deed.date()));
    add(filing.pages());
    add(fee == null ? null : text(fee.uma()));
    add(fee == null ? null : text(fee.amountMxn()));
    add(fee == null ? null : fee.explanation());
    add(filing.idempotencyKey());
    add(filing.requestDigest());
  }

  private void holderRows() {
    List<Holder> holders = filing.actHolders();
    if (holders.isEmpty()) {
      return;
    }
    sql.append(
        ", holders as (insert into filing.act_holder (filing_id, position, kind, name, curp, rfc,"
            + " share) select filing.id, h.position, h.kind, h.name, h.curp, h.rfc, h.share"
            + " from filing, (values ");
    for (int i = 0; i < holders.size(); i++) {
      Holder holder = holders.get(i);
      boolean natural = holder.kind() == PartyKind.NATURAL;
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, cast(? as numeric))");
      add(i);
      add(holder.kind().name());
      add(holder.name());
      add(natural ? holder.identifier() : null);
      add(natural ? null : holder.identifier());
      add(text(holder.share()));
    }
    sql.append(") h (position, kind, name, curp, rfc, share))");
  }

  private void folioRows() {
    List<String> folios = filing.folioNumbers();
    if (folios.isEmpty()) {
      return;
    }
    sql.append(
        ", folios as (insert into filing.filing_folio (filing_id, folio_number)"
            + " select filing.id, f.folio_number from filing, (values ");
    for (int i = 0; i < folios.size(); i++) {
      sql.append(i == 0 ? "(?)" : ", (?)");
      add(folios.get(i));
    }
    sql.append(") f (folio_number))");
  }

  private void transitionRows() {
    sql.append(
        " insert into filing.filing_transition (filing_id, position, from_status, to_status,"
            + " actor, occurred_at, reason) select filing.id, t.position, t.from_status,"
            + " t.to_status, t.actor, t.occurred_at, t.reason from filing, (values ");
    List<FilingTransition> transitions = filing.transitions();
    for (int i = 0; i < transitions.size(); i++) {
      FilingTransition transition = transitions.get(i);
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, cast(? as timestamptz), ?)");
      add(i);
      add(transition.from() == null ? null : transition.from().name());
      add(transition.to().name());
      add(transition.actor());
      add(text(transition.at()));
      add(transition.reason());
    }
    sql.append(") t (position, from_status, to_status, actor, occurred_at, reason)");
  }

  private void add(Object value) {
    values.add(value);
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value == null ? null : value.toString();
  }
}
