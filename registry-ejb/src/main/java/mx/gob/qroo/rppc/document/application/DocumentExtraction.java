package mx.gob.qroo.rppc.document.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every 2 seconds, extracts the documents waiting in state PROCESSING, one per transaction ({@link
 * DocumentExtractionStep}), up to 20 a run: what the last run left is taken by the next, and after
 * a crash the waiting ones are simply still waiting.
 */
@Singleton
public class DocumentExtraction {

  private static final int PER_RUN = 20;

  @Inject DocumentExtractionStep step;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void extractPending() {
    for (int i = 0; i < PER_RUN && step.extractOne(); i++) {
      // each step commits on its own
    }
  }
}
