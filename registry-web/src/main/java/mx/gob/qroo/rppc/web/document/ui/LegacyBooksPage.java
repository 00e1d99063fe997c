package mx.gob.qroo.rppc.web.document.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.qroo.rppc.document.application.LegacyBatches;
import mx.gob.qroo.rppc.document.application.LegacyRecordReads;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.document.domain.LegacyRecord;
import mx.gob.qroo.rppc.document.domain.LegacyRecords.LegacyRecordSearch;
import mx.gob.qroo.rppc.web.filing.ui.DisplayTimes;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/**
 * The legacy books ({@code /backoffice/libros.xhtml}): batches of scanned pages waiting in the
 * inbox (to start), the batches started with their progress (pages done, rate, time left, failures;
 * the page refreshes itself while one runs), one batch's failures ({@code ?lote=}), and the search
 * of the records the batches found.
 */
@Named
@RequestScoped
public class LegacyBooksPage {

  @Inject LegacyBatches batches;
  @Inject LegacyRecordReads records;

  private Long batchId;
  private String book;
  private String volume;
  private String record;
  private String source;
  private List<LegacyBatch> started;
  private LegacyBatches.Progress progress;
  private final Instant now = Instant.now();

  public List<LegacyBatch> getBatches() {
    if (started == null) {
      started = Messages.attempt(batches::batches);
    }
    return started == null ? List.of() : started;
  }

  public List<String> getWaiting() {
    List<String> waiting = Messages.attempt(batches::waiting);
    return waiting == null ? List.of() : waiting;
  }

  public LegacyBatches.Progress getProgress() {
    if (progress == null && batchId != null) {
      progress = Messages.attempt(() -> batches.progress(batchId));
    }
    return progress;
  }

  /** While a batch runs, the page reloads itself every few seconds. */
  public boolean isRunning() {
    return getBatches().stream().anyMatch(b -> !b.finished());
  }

  public List<LegacyRecord> getRecords() {
    if (book == null && volume == null && record == null) {
      return List.of();
    }
    List<LegacyRecord> found =
        Messages.attempt(
            () ->
                records.search(
                    new LegacyRecordSearch(
                        null, blank(book), blank(volume), blank(record), 0, 100)));
    return found == null ? List.of() : found;
  }

  public String start() {
    LegacyBatch batch = Messages.attempt(() -> batches.start(source));
    return batch == null ? null : shown(batch, "Lote " + batch.id() + " iniciado: ");
  }

  public String restart() {
    LegacyBatch batch = Messages.attempt(() -> batches.restart(batchId));
    return batch == null ? null : shown(batch, "Lote " + batch.id() + " reanudado: ");
  }

  private static String shown(LegacyBatch batch, String what) {
    Messages.info(what + batch.totalPages() + " páginas de " + batch.source() + ".");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "libros.xhtml?faces-redirect=true&lote=" + batch.id();
  }

  public String rate(LegacyBatch batch) {
    return batch.pagesPerMinute(now).map(r -> String.format("%.1f páginas/min", r)).orElse("—");
  }

  public String timeLeft(LegacyBatch batch) {
    if (batch.finished()) {
      return "terminado " + DisplayTimes.of(batch.finishedAt());
    }
    return batch.timeLeft(now).map(LegacyBooksPage::duration).orElse("calculando…");
  }

  public String startedAt(LegacyBatch batch) {
    return DisplayTimes.of(batch.startedAt());
  }

  private static String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes == 0
        ? d.toSeconds() + " s"
        : minutes < 60 ? minutes + " min" : d.toHours() + " h " + d.toMinutesPart() + " min";
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase();
  }

  public Long getBatchId() {
    return batchId;
  }

  public void setBatchId(Long batchId) {
    this.batchId = batchId;
  }

  public String getBook() {
    return book;
  }

  public void setBook(String book) {
    this.book = book;
  }

  public String getVolume() {
    return volume;
  }

  public void setVolume(String volume) {
    this.volume = volume;
  }

  public String getRecord() {
    return record;
  }

  public void setRecord(String record) {
    this.record = record;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
