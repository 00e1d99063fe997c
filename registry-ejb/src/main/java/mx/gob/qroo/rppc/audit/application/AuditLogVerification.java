package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.LogVerification;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
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

  /** Every leaf against every stored checkpoint (minutes for tens of millions of events). */
  @Audited(action = AccessAction.READ, resource = ResourceType.ACCESS_LOG)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Verdict verify() {
    LogVerification verification =
        new LogVerification(NoteKey.parse(key.verifierKey()), log.signedNotes());
    log.exportLeaves(0, Long.MAX_VALUE, verification::accept);
    return new Verdict(verification.finish());
  }

  /** Leaves {@code [from, to)} (to capped at the tree's size) written to {@code out}. */
  @Audited(action = AccessAction.EXPORT, resource = ResourceType.ACCESS_LOG)
  public Exported exportLeaves(long from, long to, OutputStream out) {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("se pide 0 ≤ from ≤ to");
    }
    long end = Math.min(to, log.size());
    log.exportLeaves(
        from,
        end,
        leaf -> {
          try {
            out.write((leaf.line() + "\n").getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return new Exported(from, end);
  }

  /** Every stored checkpoint, in the verifier's format. */
  @Audited(action = AccessAction.EXPORT, resource = ResourceType.ACCESS_LOG)
  public String exportCheckpoints() {
    return LogExport.checkpoints(log.signedNotes());
  }
}
