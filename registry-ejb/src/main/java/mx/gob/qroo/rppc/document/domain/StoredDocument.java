package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;

/** An uploaded document and what is known of its content. */
public record StoredDocument(
    long id,
    String sha256,
    String filingEntryNumber,
    String fileName,
    String mediaType,
    long sizeBytes,
    DocumentStatus status,
    String reason,
    Integer pages,
    String uploadedBy,
    Instant uploadedAt) {}
