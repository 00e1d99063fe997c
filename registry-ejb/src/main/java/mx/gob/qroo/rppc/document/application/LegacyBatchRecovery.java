package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;

/**
 * After the server starts, resumes every batch whose job was cut short by the server stopping
 * (killed, crashed, shut down midway): the job repository still shows it running, yet nothing on
 * this just-started server runs it. It continues from its last checkpoint. (On a cluster this is an
 * HA singleton's job, as the access log's tree builder is.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegacyBatchRecovery {

  private static final Logger LOG = Logger.getLogger(LegacyBatchRecovery.class.getName());
  private static final Set<BatchStatus> CUT_SHORT =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Resource TimerService timers;
  @Inject LegacyRecords records;
  @Inject LegacyBatches batches;

  @PostConstruct
  void soonAfterStart() {
    // once the deployment is up, so that the job's artifacts can be found
    timers.createSingleActionTimer(5_000, new TimerConfig("legacy-batch-recovery", false));
  }

  @Timeout
  void resumeCutShort() {
    for (LegacyBatch batch : records.unfinished()) {
      if (batch.executionId() == null) {
        continue;
      }
      try {
        BatchStatus status =
            LegacyBatches.operator().getJobExecution(batch.executionId()).getBatchStatus();
        if (CUT_SHORT.contains(status)) {
          LOG.info(() -> "Resuming legacy batch " + batch.id() + " cut short while " + status);
          batches.resume(batch, true);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not resume legacy batch " + batch.id(), e);
      }
    }
  }
}
