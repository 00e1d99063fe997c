package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 2 seconds, makes sure {@link #WORKERS} workers are extracting the documents waiting in
 * state PROCESSING, one document per transaction ({@link DocumentExtractionStep}), each worker up
 * to {@link #PER_WORKER} before it ends and the next tick starts another: what a run leaves is
 * taken by the next, and after a crash the waiting ones are simply still waiting.
 *
 * <p>Two workers, not one: a document spends nearly all its time in the Tika server (its child JVM
 * and Tesseract), one core's worth at most, so a single worker left the second core idle; with two,
 * extraction runs as fast as Tika's own command line with two consumers (bench/README.md,
 * "Documents"). The workers never take the same document: {@code takePending} locks its row with
 * {@code for update skip locked}.
 */
@Singleton
public class DocumentExtraction {

  static final int WORKERS = 2;
  static final int PER_WORKER = 20;

  private static final Logger LOG = Logger.getLogger(DocumentExtraction.class.getName());

  @Inject DocumentExtractionStep step;
  @Resource ManagedExecutorService executor;

  private final AtomicInteger running = new AtomicInteger();

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void extractPending() {
    while (running.get() < WORKERS) {
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
      for (int i = 0; i < PER_WORKER && step.extractOne(); i++) {
        // each step commits on its own
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "document extraction worker stopped; next tick starts another", e);
    } finally {
      running.decrementAndGet();
    }
  }
}
