package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.BatchFailure;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;
import mx.gob.qroo.rppc.document.infrastructure.BatchSource;
import mx.gob.qroo.rppc.document.infrastructure.LegacyInbox;
import mx.gob.qroo.rppc.document.infrastructure.ManifestFormat;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violation;
import org.apache.commons.csv.CSVParser;

/**
 * Batches of scanned book pages: started from the inbox (a folder or ZIP copied there, or a ZIP
 * uploaded), their progress, and a restart of one that stopped. Starting checks the manifest's
 * columns and counts its lines, then hands the batch to the legacy-books job. The batch's row is
 * committed before the job starts (no transaction here): the job's threads read it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegacyBatches {

  static final String JOB = "legacy-books";

  @Inject LegacyRecords records;
  @Inject LegacyInbox inbox;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** A batch, its job's state and its failures so far. */
  public record Progress(LegacyBatch batch, String jobStatus, List<BatchFailure> failures) {}

  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  @Audited(action = AccessAction.CREATE, resource = ResourceType.LEGACY_BATCH)
  public LegacyBatch start(@AuditResourceId String source) {
    Path path;
    try {
      path = inbox.resolve(source);
    } catch (IllegalArgumentException e) {
      throw invalid("source", e.getMessage());
    }
    int pages = countPages(path);
    long id = records.createBatch(source.strip(), pages, caller.name(), clock.instant());
    Properties parameters = new Properties();
    parameters.setProperty("batchId", Long.toString(id));
    long execution = operator().start(JOB, parameters);
    records.executing(id, execution, clock.instant());
    return records.batch(id).orElseThrow();
  }

  /**
   * Keeps an uploaded ZIP in the inbox and starts it: one access event, naming the batch (the call
   * to {@link #start} inside is not intercepted again).
   */
  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  @Audited(action = AccessAction.CREATE, resource = ResourceType.LEGACY_BATCH)
  public LegacyBatch upload(InputStream zip) {
    String name =
        "lote-"
            + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                .withZone(ZoneOffset.UTC)
                .format(clock.instant())
            + ".zip";
    inbox.keep(zip, name);
    return start(name);
  }

  /** Names of the inbox's batches that were never started. */
  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.LEGACY_BATCH)
  public List<String> waiting() {
    List<String> started = records.batches(1000).stream().map(LegacyBatch::source).toList();
    return inbox.batches().stream().filter(name -> !started.contains(name)).toList();
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.LEGACY_BATCH)
  public List<LegacyBatch> batches() {
    return records.batches(50);
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @Audited(action = AccessAction.READ, resource = ResourceType.LEGACY_BATCH)
  public Progress progress(@AuditResourceId long id) {
    LegacyBatch batch = batchOf(id);
    return new Progress(batch, jobStatus(batch), records.failures(id, 500));
  }

  /** Starts again, from its last checkpoint, a batch whose job stopped or failed. */
  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.LEGACY_BATCH)
  public LegacyBatch restart(@AuditResourceId long id) {
    LegacyBatch batch = batchOf(id);
    BatchStatus status = operator().getJobExecution(batch.executionId()).getBatchStatus();
    if (batch.finished() || (status != BatchStatus.FAILED && status != BatchStatus.STOPPED)) {
      throw new ConflictException(
          "batch-running", "el lote " + id + " no está detenido (" + status + ")");
    }
    return resume(batch, false);
  }

  /**
   * Restarts a batch's job from its last checkpoint. {@code crashed}: its execution was cut short
   * by the server stopping (still marked as running in the job repository), so the restart is
   * forced.
   */
  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  public LegacyBatch resume(LegacyBatch batch, boolean crashed) {
    Properties parameters = new Properties();
    parameters.setProperty("batchId", Long.toString(batch.id()));
    if (crashed) {
      parameters.setProperty("jberet.restart.mode", "force");
    }
    long execution = operator().restart(batch.executionId(), parameters);
    records.executing(batch.id(), execution, clock.instant());
    return records.batch(batch.id()).orElseThrow();
  }

  private LegacyBatch batchOf(long id) {
    return records
        .batch(id)
        .orElseThrow(() -> new ResourceNotFoundException("no existe el lote " + id));
  }

  private String jobStatus(LegacyBatch batch) {
    if (batch.executionId() == null) {
      return "STARTING";
    }
    return operator().getJobExecution(batch.executionId()).getBatchStatus().name();
  }

  private static int countPages(Path path) {
    try (BatchSource source = BatchSource.open(path);
        CSVParser parser = ManifestFormat.parse(source.manifest())) {
      List<String> missing = ManifestFormat.missingColumns(parser);
      if (!missing.isEmpty()) {
        throw invalid(
            "source", "al manifiesto le faltan las columnas " + String.join(", ", missing));
      }
      int pages = 0;
      for (var ignored : parser) {
        pages++;
      }
      return pages;
    } catch (UncheckedIOException | IOException e) {
      throw invalid("source", "el lote no tiene un manifest.csv legible");
    }
  }

  private static InvalidRequestException invalid(String field, String message) {
    return new InvalidRequestException(List.of(new Violation(field, message)));
  }

  static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
