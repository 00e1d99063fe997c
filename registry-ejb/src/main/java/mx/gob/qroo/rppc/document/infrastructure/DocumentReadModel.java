package mx.gob.qroo.rppc.document.infrastructure;

/**
 * The document context's one view into filings and folios: a document belongs to a filing, to an
 * entry of a folio or to a page of an old book, and is listed and searched with what those say (the
 * entry's folio and number, the filing's office, procedure type and reception date). The statements
 * and fragments that read the filing and folio tables are here and nowhere else in the context.
 */
final class DocumentReadModel {

  private DocumentReadModel() {}

  /**
   * A stored document with its blob, its entry's folio number and sequence and its old book's
   * reference; to be followed by a {@code where} on {@code d} (document), {@code e} (entry) or
   * {@code fo} (folio).
   */
  static final String SELECT =
      "select d.id, d.sha256, d.filing_entry_number, d.file_name, b.media_type, b.size_bytes,"
          + " b.status, b.reason, b.pages, d.uploaded_by, d.uploaded_at,"
          + " d.entry_id, fo.folio_number, e.sequence,"
          + " d.legacy_record_id, lr.office, lr.book, lr.volume, lr.record, d.page, d.sheet"
          + " from document.document d join document.blob b on b.sha256 = d.sha256"
          + " left join folio.entry e on e.id = d.entry_id"
          + " left join folio.folio fo on fo.id = e.folio_id"
          + " left join document.legacy_record lr on lr.id = d.legacy_record_id";

  /** The id of the entry of a folio (parameters: folio number, entry sequence). */
  static final String ENTRY_OF_FOLIO =
      "select e.id from folio.entry e join folio.folio f on f.id = e.folio_id"
          + " where f.folio_number = ? and e.sequence = ?";

  /** The id of the filing of an entry number (one parameter), null when there is none. */
  static final String FILING_ID_OF_ENTRY_NUMBER = "oversight.filing_of(?)";

  /**
   * At most this many matching documents (after the filters) are ranked. A word found in most of a
   * million documents ("inmueble") made the statement rank every match: seconds per search, where
   * the goal is a p95 under 100 ms (bench/README.md, "Documents"). Beyond the cap the hits are the
   * best of the first {@value} matches the index hands over, not of all of them; a narrower query
   * (more words, a filter) ranks all of its matches again.
   */
  static final int CANDIDATES = 1000;

  /**
   * One statement: the query in the accent-insensitive Spanish configuration, the filters, at most
   * {@link #CANDIDATES} matches ranked by ts_rank, and fragments of the text (ts_headline) only for
   * the hits of the page asked for. The query is written inline where it is used (three times, the
   * same parameter), not computed once in a CTE: inline, the planner folds it into a constant and
   * sees from the statistics how common its words are, so for a word in nearly every document it
   * reads the first candidates in storage order instead of building the index's bitmap of all the
   * matches, and with a narrow filter it starts from the filings. Documents of filings, of folios'
   * entries and pages of the old books are all searched; the office is the filing's or the book's,
   * the folio one the filing names, the entry's or the one the record was migrated to; procedure
   * type and reception dates are a filing's, so they leave out the rest.
   */
  static final String SEARCH =
      "with candidates as (select d.id, d.filing_entry_number,"
          + " coalesce(f.office, lr.office) as office, f.procedure_type,"
          + " d.file_name, b.media_type, b.text,"
          + " ts_rank(b.search, websearch_to_tsquery('document.spanish_unaccent', ?)) as rank"
          + " from document.blob b"
          + " join document.document d on d.sha256 = b.sha256"
          + " left join filing.filing f on f.id = d.filing_id"
          + " left join document.legacy_record lr on lr.id = d.legacy_record_id"
          + " where b.search @@ websearch_to_tsquery('document.spanish_unaccent', ?)"
          + " and (cast(? as varchar) is null or coalesce(f.office, lr.office) = ?)"
          + " and (cast(? as varchar) is null or f.procedure_type = ?)"
          + " and (cast(? as varchar) is null or exists (select 1 from filing.filing_folio ff"
          + " where ff.filing_id = f.id and ff.folio_number = ?)"
          + " or exists (select 1 from folio.entry e join folio.folio fo on fo.id = e.folio_id"
          + " where e.id = d.entry_id and fo.folio_number = ?) or lr.migrated_folio_number = ?)"
          + " and (cast(? as date) is null or f.received_at >= cast(? as date) at time zone 'America/Cancun')"
          + " and (cast(? as date) is null or f.received_at < (cast(? as date) + 1) at time zone 'America/Cancun')"
          + " limit "
          + CANDIDATES
          + "), page as (select * from candidates order by rank desc, id desc offset ? limit ?)"
          + " select p.id, p.filing_entry_number, p.office, p.procedure_type, p.file_name,"
          + " p.media_type, ts_headline('document.spanish_unaccent', p.text,"
          + " websearch_to_tsquery('document.spanish_unaccent', ?),"
          + " 'StartSel=«, StopSel=», MaxFragments=2, MaxWords=18, MinWords=6,"
          + " FragmentDelimiter=\" … \"'), p.rank"
          + " from page p order by p.rank desc, p.id desc";
}
