package mx.gob.qroo.rppc.filing.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingTransition;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.PartyKind;
import mx.gob.qroo.rppc.shared.infrastructure.MappedColumns;

/**
 * The SQL and the values that store a just-received filing with its act holders, folios and first
 * transition: one statement whose common table expressions share the new filing's id. Values of
 * types other than text and integers travel as text and are cast in the statement (an instant in
 * ISO-8601 with its Z), so that neither a null nor the JVM's time zone can change what is stored.
 *
 * <p>The filing's columns are those of the entity's mapping ({@link MappedColumns}): each has its
 * value here or is one a reception leaves empty, and a column the mapping gains without either
 * stops every reception at once (and the build, in {@code ReceptionInsertTest}).
 */
final class ReceptionInsert {

  /** Columns filled after reception: by the assignment and the examination. */
  static final Set<String> FILLED_LATER =
      Set.of("assigned_to", "requirement", "correction_due_date");

  /** How a reception writes each column of {@code filing.filing}. */
  private static final Map<String, Written> WRITTEN =
      Map.ofEntries(
          plain("office", f -> f.entryNumber().office().name()),
          plain("entry_year", f -> f.entryNumber().year()),
          plain("entry_sequence", f -> f.entryNumber().sequence()),
          plain("tracking_code", f -> f.trackingCode().value()),
          plain("procedure_type", f -> f.procedureType().code()),
          plain("applicant_name", f -> f.applicant().name()),
          plain("applicant_curp", f -> f.applicant().curp().value()),
          plain("status", f -> f.status().name()),
          cast("received_at", "timestamptz", Filing::receivedAt),
          cast("priority_at", "timestamptz", Filing::priorityAt),
          plain("term_business_days", Filing::termBusinessDays),
          cast("due_date", "date", Filing::dueDate),
          cast("act_value_mxn", "numeric", f -> facts(f).valueMxn()),
          cast("act_amount_mxn", "numeric", f -> facts(f).amountMxn()),
          plain("act_beneficiary_name", f -> facts(f).beneficiaryName()),
          plain("act_beneficiary_id", f -> facts(f).beneficiaryId()),
          cast("act_expires_on", "date", f -> facts(f).expiresOn()),
          cast("act_refers_to_entry", "integer", f -> f.act().refersToEntry()),
          plain("act_description", f -> facts(f).description()),
          plain("deed_number", f -> deed(f) == null ? null : deed(f).number()),
          plain("deed_notary", f -> deed(f) == null ? null : deed(f).notary()),
          cast("deed_date", "date", f -> deed(f) == null ? null : deed(f).date()),
          plain("pages", Filing::pages),
          cast("fee_uma", "numeric", f -> f.fee() == null ? null : f.fee().uma()),
          cast("fee_mxn", "numeric", f -> f.fee() == null ? null : f.fee().amountMxn()),
          plain("fee_explanation", f -> f.fee() == null ? null : f.fee().explanation()),
          plain("idempotency_key", Filing::idempotencyKey),
          plain("request_digest", Filing::requestDigest),
          plain("term_note", Filing::termNote),
          Map.entry("version", new Written("0", null)));

  /** The filing's columns in the order of the statement: the mapping's, less those left empty. */
  static final List<String> COLUMNS = columns(MappedColumns.of(Filing.class));

  /** How each column of the statement gets its value, in the statement's order. */
  private static final List<Written> ROW = COLUMNS.stream().map(WRITTEN::get).toList();

  private static final String FILING =
      "with filing as (insert into filing.filing ("
          + String.join(", ", COLUMNS)
          + ") values ("
          + ROW.stream().map(Written::placeholder).collect(Collectors.joining(", "))
          + ") returning id)";

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
    for (Written written : ROW) {
      if (written.value() != null) {
        Object value = written.value().apply(filing);
        add(written.bare() ? value : text(value));
      }
    }
  }

  /** The mapped columns this insert writes; it refuses a mapping it does not match. */
  static List<String> columns(List<String> mapped) {
    List<String> unwritten =
        mapped.stream().filter(c -> !WRITTEN.containsKey(c) && !FILLED_LATER.contains(c)).toList();
    List<String> unmapped = WRITTEN.keySet().stream().filter(c -> !mapped.contains(c)).toList();
    if (!unwritten.isEmpty() || !unmapped.isEmpty()) {
      throw new IllegalStateException(
          "la inserción de la recepción no corresponde al mapeo de Filing: sin valor "
              + unwritten
              + ", sin columna "
              + unmapped);
    }
    return mapped.stream().filter(WRITTEN::containsKey).toList();
  }

  /**
   * A column's placeholder and, unless the placeholder is a constant, how its value is read: bare
   * ({@code ?}) or as text cast to the column's type.
   */
  private record Written(String placeholder, Function<Filing, Object> value) {
    boolean bare() {
      return placeholder.equals("?");
    }
  }

  private static Map.Entry<String, Written> plain(String column, Function<Filing, Object> value) {
    return Map.entry(column, new Written("?", value));
  }

  private static Map.Entry<String, Written> cast(
      String column, String type, Function<Filing, Object> value) {
    return Map.entry(column, new Written("cast(? as " + type + ")", value));
  }

  private static ActFacts facts(Filing filing) {
    return filing.act().facts();
  }

  private static Deed deed(Filing filing) {
    return facts(filing).deed();
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
