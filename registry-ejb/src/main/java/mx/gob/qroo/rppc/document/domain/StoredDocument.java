package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;

/** An uploaded document, what it belongs to, and what is known of its content. */
public record StoredDocument(
    long id,
    String sha256,
    DocumentOwner owner,
    String fileName,
    String mediaType,
    long sizeBytes,
    DocumentStatus status,
    String reason,
    Integer pages,
    String uploadedBy,
    Instant uploadedAt) {

  /** The filing's entry number, when the document belongs to a filing. */
  public String filingEntryNumber() {
    return owner instanceof DocumentOwner.OfFiling f ? f.entryNumber() : null;
  }
}
