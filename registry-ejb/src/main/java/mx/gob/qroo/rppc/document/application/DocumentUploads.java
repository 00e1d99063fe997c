package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.DocumentType;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.document.infrastructure.TypeDetection;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Documents of a filing: the bytes are stored (durably, once per content) before the row that
 * records them commits; the real type comes from the bytes, and a file whose bytes are not one of
 * the accepted types, or not the type its name claims, is refused. Extraction runs afterwards
 * ({@link DocumentExtraction}); the upload answers at once with state PROCESSING.
 */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.ADMIN})
public class DocumentUploads {

  @Inject BlobStore blobs;
  @Inject Documents documents;
  @Inject FilingRepository filings;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Audited(action = AccessAction.CREATE, resource = ResourceType.DOCUMENT)
  public StoredDocument upload(
      @AuditResourceId String entryNumber, String fileName, InputStream content) {
    Violations violations = new Violations();
    EntryNumber number = violations.parse("entryNumber", entryNumber, EntryNumber::parse);
    violations.throwIfAny();
    filings
        .findByEntryNumber(number)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la solicitud " + number));
    String name = fileName == null || fileName.isBlank() ? "documento" : fileName.strip();
    BlobStore.Stored stored = blobs.store(content);
    String detected = TypeDetection.of(stored.head(), name);
    DocumentType type =
        DocumentType.ofMediaType(detected)
            .orElseThrow(
                () ->
                    refused(
                        "el archivo es " + detected + "; se aceptan " + DocumentType.accepted()));
    Optional<DocumentType> claimed = DocumentType.claimedBy(name);
    if (claimed.isPresent() && claimed.get() != type) {
      throw refused(
          "el nombre dice "
              + claimed.get()
              + " pero el contenido es "
              + type
              + " ("
              + detected
              + ")");
    }
    return documents.record(
        stored.sha256(),
        stored.size(),
        type.mediaType(),
        number.toString(),
        name,
        caller.name(),
        clock.instant());
  }

  private static InvalidRequestException refused(String message) {
    return new InvalidRequestException(List.of(new Violation("file", message)));
  }
}
