package mx.gob.qroo.rppc.document.application.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import mx.gob.qroo.rppc.document.domain.IngestedPage;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;

/** Writes a chunk's pages in the chunk's transaction, with the reader's checkpoint. */
@Named
@Dependent
public class PageWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "batchId")
  String batchId;

  @Inject LegacyRecords records;
  @Inject Clock clock;

  private LegacyBatch batch;

  @Override
  public void open(Serializable checkpoint) {
    batch =
        records
            .batch(Long.parseLong(batchId))
            .orElseThrow(() -> new IllegalStateException("no existe el lote " + batchId));
  }

  @Override
  public void writeItems(List<Object> items) {
    records.write(
        batch.id(),
        batch.startedBy(),
        items.stream().map(IngestedPage.class::cast).toList(),
        clock.instant());
  }
}
