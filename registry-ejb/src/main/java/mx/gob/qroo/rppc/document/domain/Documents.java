package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where documents are recorded (their bytes are in a {@code BlobStore}). */
public interface Documents {

  /**
   * Records an upload; the content's row is created the first time its SHA-256 is seen (state
   * PROCESSING), and kept as it is afterwards.
   */
  StoredDocument record(
      String sha256,
      long sizeBytes,
      String mediaType,
      DocumentOwner owner,
      String fileName,
      String uploadedBy,
      Instant at);

  Optional<StoredDocument> find(long id);

  Optional<String> text(long id);

  /** The documents of a filing, in upload order. */
  List<StoredDocument> ofFiling(String filingEntryNumber);

  /** The documents of a folio's entries, by entry then upload order. */
  List<StoredDocument> ofFolio(String folioNumber);

  /** The id of a folio's entry. */
  Optional<Long> entryId(String folioNumber, int sequence);

  /** The pages of a book's record, in page order. */
  List<StoredDocument> ofLegacyRecord(long recordId);

  /** Matches, best ranked first. */
  List<DocumentHit> search(DocumentQuery query);

  /** One content waiting for extraction, locked for this transaction (others skip it). */
  Optional<Pending> takePending();

  void processed(String sha256, String text, Integer pages, Instant at);

  void failed(String sha256, String reason, Instant at);

  /** Counts an attempt that Tika could not finish; the document keeps waiting (PROCESSING). */
  void attempted(String sha256);

  /** What extraction already made of a content, when it is over (PROCESSED or FAILED). */
  Optional<Extraction> extracted(String sha256);

  /** A content to extract. */
  record Pending(String sha256, String mediaType, int attempts) {}

  /** A content's extraction, over: its state, text, pages and, when it failed, why. */
  record Extraction(DocumentStatus status, String text, Integer pages, String reason) {

    public static Extraction processed(String text, Integer pages) {
      return new Extraction(DocumentStatus.PROCESSED, text, pages, null);
    }

    public static Extraction failed(String reason) {
      return new Extraction(DocumentStatus.FAILED, null, null, reason);
    }

    public boolean ok() {
      return status == DocumentStatus.PROCESSED;
    }
  }
}
