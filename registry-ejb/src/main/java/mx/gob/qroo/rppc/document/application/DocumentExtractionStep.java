package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.document.infrastructure.TikaExtraction;

/** One document's extraction, in its own transaction (the row stays locked while Tika works). */
@Stateless
@PermitAll
public class DocumentExtractionStep {

  /** Times a document may stop Tika mid-parse before it fails for good. */
  static final int ATTEMPTS = 2;

  private static final Logger LOG = Logger.getLogger(DocumentExtractionStep.class.getName());

  @Inject Documents documents;
  @Inject BlobStore blobs;
  @Inject TikaExtraction tika;
  @Inject Clock clock;

  /**
   * Extracts one waiting document; false when none waits, or when Tika gave no answer (the worker
   * then rests until the next tick, while Tika starts again).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean extractOne() {
    Optional<Documents.Pending> pending = documents.takePending();
    if (pending.isEmpty()) {
      return false;
    }
    Documents.Pending document = pending.get();
    Documents.Extraction result;
    try {
      result = tika.extract(blobs.pathOf(document.sha256()), document.mediaType());
    } catch (TikaExtraction.Unavailable e) {
      return notAnswered(document, e);
    }
    if (result.ok()) {
      documents.processed(document.sha256(), result.text(), result.pages(), clock.instant());
    } else {
      documents.failed(document.sha256(), result.reason(), clock.instant());
    }
    return true;
  }

  /**
   * Tika not listening says nothing of the file: it waits as it was. Tika stopped while parsing it
   * may be the file's doing (past the time or memory limit) or another's parsed beside it: it is
   * tried again, and fails when stopped {@link #ATTEMPTS} times.
   */
  private boolean notAnswered(Documents.Pending document, TikaExtraction.Unavailable e) {
    LOG.log(
        Level.WARNING,
        "no extraction of {0}: {1}",
        new Object[] {document.sha256(), e.getMessage()});
    if (!e.duringParse()) {
      return false;
    }
    if (document.attempts() + 1 >= ATTEMPTS) {
      documents.failed(document.sha256(), TikaExtraction.STOPPED, clock.instant());
      return true;
    }
    documents.attempted(document.sha256());
    return false;
  }
}
