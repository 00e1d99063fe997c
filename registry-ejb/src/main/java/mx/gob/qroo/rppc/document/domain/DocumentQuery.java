package mx.gob.qroo.rppc.document.domain;

import java.time.LocalDate;

/**
 * A full-text search over documents' text (web-search syntax: words, "a phrase", -excluded, or),
 * narrowed by the filing's office, folio, procedure type and reception days (inclusive), paged.
 */
public record DocumentQuery(
    String text,
    String office,
    String folioNumber,
    String procedureType,
    LocalDate from,
    LocalDate to,
    int offset,
    int limit) {

  /** The same search narrowed to one office. */
  public DocumentQuery inOffice(String code) {
    return new DocumentQuery(text, code, folioNumber, procedureType, from, to, offset, limit);
  }

  /** For the access log: what was looked for. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("q=").append(text);
    if (office != null) {
      s.append(" oficina=").append(office);
    }
    if (folioNumber != null) {
      s.append(" folio=").append(folioNumber);
    }
    if (procedureType != null) {
      s.append(" tipo=").append(procedureType);
    }
    if (from != null) {
      s.append(" desde=").append(from);
    }
    if (to != null) {
      s.append(" hasta=").append(to);
    }
    return s.toString();
  }
}
