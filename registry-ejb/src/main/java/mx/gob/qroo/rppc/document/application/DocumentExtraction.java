package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@link #WORKERS} workers extracting the documents waiting in state PROCESSING, one document
 * per transaction ({@link DocumentExtractionStep}), each until none waits. Workers are started as
 * soon as an upload commits ({@link DocumentStored}) and, for whatever that misses (a crash, a
 * worker that died), every 2 seconds: after a crash the waiting ones are simply still waiting.
 *
 * <p>Two workers, not one: a document spends nearly all its time in the Tika server (its child JVM
 * and Tesseract), one core's worth at most, so a single worker left the second core idle. The
 * workers never take the same document: {@code takePending} locks its row with {@code for update
 * skip locked}. A worker does not stop after a number of documents to wait for the next tick: on
 * 200 documents those waits (up to 2 s each) cost a tenth of the run (bench/README.md,
 * "Documents").
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentExtraction {

  static final int WORKERS = 2;

  private static final Logger LOG = Logger.getLogger(DocumentExtraction.class.getName());

  @Inject DocumentExtractionStep step;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor executor;

  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean stopping;

  /** An upload has committed a document to read: no need to wait for the next tick. */
  public void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentStored stored) {
    startWorkers();
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  public void extractPending() {
    startWorkers();
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  private void startWorkers() {
    for (int idle = WORKERS - running.get(); idle > 0 && !stopping; idle--) {
      running.incrementAndGet();
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        running.decrementAndGet();
        LOG.log(Level.WARNING, "no thread for a document extraction worker; next tick retries", e);
        return;
      }
    }
  }

  private void drain() {
    try {
      while (!stopping && step.extractOne()) {
        // each step commits on its own
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "document extraction worker stopped; next tick starts another", e);
    } finally {
      running.decrementAndGet();
    }
  }
}
