package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where batches of book pages and the records they hold are kept. */
public interface LegacyRecords {

  long createBatch(String source, int totalPages, String startedBy, Instant at);

  /** The job execution now working on the batch (a restart gets a new one). */
  void executing(long batchId, long executionId, Instant at);

  void finished(long batchId, Instant at);

  Optional<LegacyBatch> batch(long id);

  /** The latest batches first. */
  List<LegacyBatch> batches(int limit);

  /** The failures of a batch, by manifest line. */
  List<BatchFailure> failures(long batchId, int limit);

  /** Batches whose job has not finished, oldest first. */
  List<LegacyBatch> unfinished();

  /**
   * Writes pages of a batch: their record (created the first time it is met), content and document;
   * a line already written (a restarted batch meeting it again) adds nothing, and a page that
   * another batch already gave its record is written down as a failure.
   */
  void write(long batchId, String by, List<IngestedPage> pages, Instant at);

  Optional<LegacyRecord> find(long id);

  /** Records matching a reference's parts (each null to match any), by reference. */
  List<LegacyRecord> search(LegacyRecordSearch search);

  /** The record, locked for this transaction. */
  Optional<LegacyRecord> lock(long id);

  void migrated(long id, String folioNumber, String by, Instant at);

  /** Next page number of a record (for a page uploaded by hand). */
  int nextPage(long id);

  /** Search terms; null matches any. */
  record LegacyRecordSearch(
      String office, String book, String volume, String record, int offset, int limit) {}
}
