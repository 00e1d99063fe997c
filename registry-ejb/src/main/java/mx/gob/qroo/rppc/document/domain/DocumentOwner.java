package mx.gob.qroo.rppc.document.domain;

/** What a document belongs to: a filing, an entry of a folio, or a page of a book's record. */
public sealed interface DocumentOwner {

  /** A filing, by its entry number. */
  record OfFiling(String entryNumber) implements DocumentOwner {}

  /** An entry (asiento) of a folio: its id, and for people the folio's number and its sequence. */
  record OfEntry(long entryId, String folioNumber, int sequence) implements DocumentOwner {}

  /** A page of a record of the paper books. */
  record OfLegacyRecord(long recordId, LegacyRecordRef ref, int page, String sheet)
      implements DocumentOwner {}
}
