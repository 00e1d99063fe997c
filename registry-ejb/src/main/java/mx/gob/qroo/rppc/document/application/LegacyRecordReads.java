package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.LegacyRecord;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;
import mx.gob.qroo.rppc.document.domain.LegacyRecords.LegacyRecordSearch;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;

/** Records of the paper books and their pages, for registry staff; every read is logged. */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
public class LegacyRecordReads {

  @Inject LegacyRecords records;
  @Inject Documents documents;

  /** A record and its pages (their states, not their contents). */
  public record RecordWithPages(LegacyRecord record, List<StoredDocument> pages) {}

  @Audited(action = AccessAction.READ, resource = ResourceType.LEGACY_RECORD)
  public RecordWithPages record(@AuditResourceId long id) {
    LegacyRecord record =
        records
            .find(id)
            .orElseThrow(() -> new ResourceNotFoundException("no existe la partida antigua " + id));
    return new RecordWithPages(record, documents.ofLegacyRecord(id));
  }

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.LEGACY_RECORD)
  public List<LegacyRecord> search(@AuditResourceId LegacyRecordSearch search) {
    return records.search(search);
  }
}
