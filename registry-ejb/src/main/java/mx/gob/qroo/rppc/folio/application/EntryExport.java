package mx.gob.qroo.rppc.folio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ExportedEntry;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * Every entry (asiento) of the registry as the database holds it now, in the standalone verifier's
 * format, so that auditors check each one against the seal the log holds for it on their own
 * machines. Personal data (holders' names and CURP/RFC are in the entries' bytes): auditors only.
 */
@Stateless
@RolesAllowed(Role.AUDITOR)
public class EntryExport {

  /** What was exported, for the access event. */
  public record Exported(long entries, long leaves) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return entries + " asientos (sellos hasta la hoja " + leaves + ")";
    }
  }

  @Inject FolioRepository folios;
  @Inject MerkleLog log;

  @Audited(action = AccessAction.EXPORT, resource = ResourceType.ENTRY)
  public Exported export(OutputStream out) {
    // the log's size before any entry is read: a seal among these leaves was committed with its
    // entry, so that entry is read below unless it is gone
    long leaves = log.size();
    long[] entries = {0};
    LogExport.writeLine(out, ExportedEntry.header(leaves));
    folios.forEachEntry(
        entry -> {
          LogExport.writeLine(
              out,
              new ExportedEntry(
                      entry.statement().folio(),
                      entry.sequence(),
                      entry.contentHash(),
                      entry.canonicalBytes())
                  .line());
          entries[0]++;
        });
    return new Exported(entries[0], leaves);
  }
}
