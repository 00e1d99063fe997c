package mx.gob.qroo.rppc.document.application.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;

/** The batch's last step: every line was taken or refused. */
@Named
@Dependent
public class BatchFinish extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "batchId")
  String batchId;

  @Inject LegacyRecords records;
  @Inject Clock clock;

  @Override
  public String process() {
    records.finished(Long.parseLong(batchId), clock.instant());
    return "COMPLETED";
  }
}
