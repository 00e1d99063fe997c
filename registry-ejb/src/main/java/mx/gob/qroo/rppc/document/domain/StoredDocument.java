package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;
import mx.gob.qroo.rppc.shared.domain.Identified;

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
    Instant uploadedAt)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(id);
  }

  /** The filing's entry number, when the document belongs to a filing. */
  public String filingEntryNumber() {
    return owner instanceof DocumentOwner.OfFiling f ? f.entryNumber() : null;
  }
}
