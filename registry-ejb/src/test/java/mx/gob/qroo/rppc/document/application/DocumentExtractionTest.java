package mx.gob.qroo.rppc.document.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentExtractionTest {

  /** Documents waiting, taken one per call as the real step does. */
  static final class Waiting extends DocumentExtractionStep {
    int left;
    int extracted;

    Waiting(int left) {
      this.left = left;
    }

    @Override
    public boolean extractOne() {
      if (left == 0) {
        return false;
      }
      left--;
      extracted++;
      return true;
    }
  }

  /** Runs the workers it is handed when told to, as a thread pool would later. */
  static final class Pool {
    final List<Runnable> workers = new ArrayList<>();

    void runAll() {
      List<Runnable> started = new ArrayList<>(workers);
      workers.clear();
      started.forEach(Runnable::run);
    }
  }

  private static DocumentExtraction extraction(Waiting step, Pool pool) {
    DocumentExtraction extraction = new DocumentExtraction();
    extraction.step = step;
    extraction.executor = pool.workers::add;
    return extraction;
  }

  @Test
  void an_upload_starts_the_workers_and_they_read_every_waiting_document() {
    Waiting step = new Waiting(250);
    Pool pool = new Pool();
    DocumentExtraction extraction = extraction(step, pool);

    extraction.onStored(new DocumentStored("a".repeat(64)));

    assertThat(pool.workers).hasSize(DocumentExtraction.WORKERS);
    pool.runAll();
    assertThat(step.extracted).isEqualTo(250);
  }

  @Test
  void no_more_than_the_set_number_of_workers_run_at_once() {
    Pool pool = new Pool();
    DocumentExtraction extraction = extraction(new Waiting(10), pool);

    extraction.onStored(new DocumentStored("a".repeat(64)));
    extraction.extractPending();
    extraction.onStored(new DocumentStored("b".repeat(64)));

    assertThat(pool.workers).hasSize(DocumentExtraction.WORKERS);
    pool.runAll();
    extraction.extractPending();
    assertThat(pool.workers).as("the finished workers are started again").hasSize(2);
  }

  @Test
  void a_stopping_application_starts_no_worker_and_its_workers_take_no_more() {
    Waiting step = new Waiting(5);
    Pool pool = new Pool();
    DocumentExtraction extraction = extraction(step, pool);
    extraction.extractPending();

    extraction.stop();
    pool.runAll();
    extraction.extractPending();

    assertThat(step.extracted).isZero();
    assertThat(pool.workers).isEmpty();
  }
}
