package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.LegacyRecord;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;
import mx.gob.qroo.rppc.folio.application.FolioCommand;
import mx.gob.qroo.rppc.folio.application.FolioRegistration;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * Moves a record of the paper books onto an electronic property folio: the folio is opened in the
 * record's office with the holders and property the registrar read from its pages, its opening
 * entry cites the book reference, and the record keeps the folio's number, all in one transaction.
 * The record stays locked meanwhile, so it is migrated once.
 */
@Stateless
@RolesAllowed(Role.REGISTRADOR)
public class LegacyMigration {

  @Inject LegacyRecords records;
  @Inject FolioRegistration folios;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.LEGACY_RECORD)
  public FolioView migrate(@AuditResourceId long recordId, FolioCommand property) {
    LegacyRecord record =
        records
            .lock(recordId)
            .orElseThrow(
                () -> new ResourceNotFoundException("no existe la partida antigua " + recordId));
    if (record.migrated()) {
      throw new ConflictException(
          "legacy-record-migrated",
          record.ref().citation() + " ya se migró al folio " + record.migratedFolioNumber());
    }
    FolioCommand inOffice =
        new FolioCommand(
            "PROPERTY",
            record.ref().office().name(),
            property.municipality(),
            property.cadastralKey(),
            property.address(),
            property.areaM2(),
            null,
            null,
            null,
            null,
            property.holders());
    FolioView folio = folios.openFromBooks(inOffice, record.ref().citation());
    records.migrated(recordId, folio.folioNumber(), caller.name(), clock.instant());
    return folio;
  }
}
