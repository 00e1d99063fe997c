package mx.gob.qroo.rppc.document.domain;

import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;

/** What a document belongs to: a filing, an entry of a folio, or a page of a book's record. */
public sealed interface DocumentOwner {

  /**
   * The office the owner belongs to (the filing's, the folio's, the book's), whose clerks and
   * registrars may see the document; null when it cannot be told (a page whose record is unread).
   */
  Office office();

  /** A filing, by its entry number. */
  record OfFiling(String entryNumber) implements DocumentOwner {
    @Override
    public Office office() {
      return EntryNumber.parse(entryNumber).office();
    }
  }

  /** An entry (asiento) of a folio: its id, and for people the folio's number and its sequence. */
  record OfEntry(long entryId, String folioNumber, int sequence) implements DocumentOwner {
    @Override
    public Office office() {
      return FolioNumber.parse(folioNumber).office();
    }
  }

  /** A page of a record of the paper books. */
  record OfLegacyRecord(long recordId, LegacyRecordRef ref, int page, String sheet)
      implements DocumentOwner {
    @Override
    public Office office() {
      return ref == null ? null : ref.office();
    }
  }
}
