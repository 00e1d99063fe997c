package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.DocumentOwner;
import mx.gob.qroo.rppc.document.domain.DocumentStatus;
import mx.gob.qroo.rppc.document.domain.DocumentType;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.LegacyRecord;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.document.infrastructure.TypeDetection;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Documents of a filing, of a folio's entry, or pages of a book's record: the bytes are stored
 * (durably, once per content) before the row that records them commits; the real type comes from
 * the bytes, and a file whose bytes are not one of the accepted types, or not the type its name
 * claims, is refused. Extraction runs afterwards ({@link DocumentExtraction}); the upload answers
 * at once with state PROCESSING.
 */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.ADMIN})
public class DocumentUploads {

  @Inject BlobStore blobs;
  @Inject Documents documents;
  @Inject LegacyRecords legacyRecords;
  @Inject FilingRepository filings;
  @Inject CallerIdentity caller;
  @Inject Clock clock;
  @Inject Event<DocumentStored> stored;
  @Inject OfficeScope offices;

  @Audited(action = AccessAction.CREATE, resource = ResourceType.DOCUMENT)
  public StoredDocument upload(
      @AuditResourceId String entryNumber, String fileName, InputStream content) {
    Violations violations = new Violations();
    EntryNumber number = violations.parse("entryNumber", entryNumber, EntryNumber::parse);
    violations.throwIfAny();
    offices.require(number.office(), "la solicitud " + number);
    filings
        .findByEntryNumber(number)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la solicitud " + number));
    return store(new DocumentOwner.OfFiling(number.toString()), fileName, content);
  }

  /** A document of an entry (asiento) of a folio, such as the deed it was signed on. */
  @Audited(action = AccessAction.CREATE, resource = ResourceType.DOCUMENT)
  public StoredDocument uploadToEntry(
      @AuditResourceId String folioNumber, int sequence, String fileName, InputStream content) {
    String folio = folioNumber == null ? "" : folioNumber.strip().toUpperCase();
    Violations violations = new Violations();
    FolioNumber number = violations.parse("folio", folio, FolioNumber::parse);
    violations.throwIfAny();
    offices.require(number.office(), "el folio " + folio);
    long entryId =
        documents
            .entryId(folio, sequence)
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "el folio " + folio + " no tiene asiento " + sequence));
    return store(new DocumentOwner.OfEntry(entryId, folio, sequence), fileName, content);
  }

  /** A page added by hand to a book's record, after its last page. */
  @Audited(action = AccessAction.CREATE, resource = ResourceType.LEGACY_RECORD)
  public StoredDocument uploadToLegacyRecord(
      @AuditResourceId long recordId, String fileName, InputStream content) {
    LegacyRecord record =
        legacyRecords
            .lock(recordId)
            .orElseThrow(
                () -> new ResourceNotFoundException("no existe la partida antigua " + recordId));
    offices.require(record.ref().office(), "la partida antigua " + recordId);
    return store(
        new DocumentOwner.OfLegacyRecord(recordId, null, legacyRecords.nextPage(recordId), null),
        fileName,
        content);
  }

  private StoredDocument store(DocumentOwner owner, String fileName, InputStream bytes) {
    String name = fileName == null || fileName.isBlank() ? "documento" : fileName.strip();
    BlobStore.Stored content = blobs.store(bytes);
    DocumentType type;
    try {
      type = DocumentType.check(TypeDetection.of(content.head(), name), name);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(List.of(new Violation("file", e.getMessage())));
    }
    StoredDocument document =
        documents.record(
            content.sha256(),
            content.size(),
            type.mediaType(),
            owner,
            name,
            caller.name(),
            clock.instant());
    if (document.status() == DocumentStatus.PROCESSING) {
      this.stored.fire(new DocumentStored(document.sha256()));
    }
    return document;
  }
}
