package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.CheckpointWitness;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.LogVerification;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * The whole log checked against its signed checkpoints, online, and its export in the standalone
 * verifier's format, so that auditors can run the same check on their own machines.
 */
@Stateless
@RolesAllowed(Role.AUDITOR)
public class AuditLogVerification {

  /** The online check's verdict. */
  public record Verdict(LogVerification.Report report) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return "verificación de " + report.leaves() + " hojas";
    }

    @Override
    public String auditOutcome() {
      return report.intact() ? "SUCCESS" : "TAMPERED";
    }
  }

  /** Leaves exported, for the access event. */
  public record Exported(long from, long to) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return "hojas " + from + ".." + to;
    }
  }

  @Inject MerkleLog log;
  @Inject LogSigningKey key;
  @Inject CheckpointWitness witness;
  @Inject Clock clock;

  /**
   * Every leaf against every stored checkpoint, and every event older than an hour against the tree
   * (minutes for tens of millions of events).
   */
  @Audited(action = AccessAction.READ, resource = ResourceType.ACCESS_LOG)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Verdict verify() {
    LogVerification verification =
        new LogVerification(key.publicKey(), witness.key().orElse(null), log.signedNotes());
    log.exportLeaves(0, Long.MAX_VALUE, verification::accept);
    LogVerification.Report report = verification.finish();
    // what only the database can tell: events that never made it into the tree
    List<String> problems = new ArrayList<>(report.problems());
    for (long id : log.outsideTree(clock.instant().minus(Duration.ofHours(1)), 20)) {
      problems.add(
          "el evento " + id + " no está en el árbol (¿insertado por fuera de la aplicación?)");
    }
    // and what the witness refused: a log rolled back (409) or rewritten (422) shows here
    for (MerkleLog.WitnessRefusal refusal : log.witnessRefusals(20)) {
      if (refusal.status() != 0) {
        problems.add(
            "el testigo "
                + refusal.witness()
                + " rechazó el punto de control de "
                + refusal.treeSize()
                + " hojas el "
                + refusal.at()
                + " ("
                + refusal.status()
                + "): "
                + refusal.reason());
      }
    }
    return new Verdict(
        new LogVerification.Report(
            report.leaves(), report.checkpoints(), report.largestCheckpoint(), problems));
  }

  /** Leaves {@code [from, to)} (to capped at the tree's size) written to {@code out}. */
  @Audited(action = AccessAction.EXPORT, resource = ResourceType.ACCESS_LOG)
  public Exported exportLeaves(long from, long to, OutputStream out) {
    if (from < 0 || to < from) {
      throw InvalidRequestException.of("from", "se pide 0 ≤ from ≤ to");
    }
    long end = Math.min(to, log.size());
    log.exportLeaves(from, end, leaf -> LogExport.writeLine(out, leaf.line()));
    return new Exported(from, end);
  }

  /** Every stored checkpoint, in the verifier's format. */
  @Audited(action = AccessAction.EXPORT, resource = ResourceType.ACCESS_LOG)
  public String exportCheckpoints() {
    return LogExport.checkpoints(log.signedNotes());
  }
}
