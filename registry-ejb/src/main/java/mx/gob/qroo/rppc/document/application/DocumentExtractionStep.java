package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.document.infrastructure.TikaExtraction;

/** One document's extraction, in its own transaction (the row stays locked while Tika works). */
@Stateless
@PermitAll
public class DocumentExtractionStep {

  @Inject Documents documents;
  @Inject BlobStore blobs;
  @Inject TikaExtraction tika;
  @Inject Clock clock;

  /** Extracts one waiting document; false when none waits. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean extractOne() {
    Optional<Documents.Pending> pending = documents.takePending();
    if (pending.isEmpty()) {
      return false;
    }
    Documents.Pending document = pending.get();
    TikaExtraction.Extracted result =
        tika.extract(blobs.pathOf(document.sha256()), document.mediaType());
    if (result.ok()) {
      documents.processed(document.sha256(), result.text(), result.pages(), clock.instant());
    } else {
      documents.failed(document.sha256(), result.reason(), clock.instant());
    }
    return true;
  }
}
