package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.CadastralKey;
import mx.gob.qroo.rppc.cadastre.domain.ParcelHistory;
import mx.gob.qroo.rppc.cadastre.domain.Parcels;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Staff and planners read a parcel's history: resurveys, subdivisions and mergers. */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN, Role.PLANEADOR})
public class ParcelHistories {

  @Inject Parcels parcels;

  @Audited(action = AccessAction.READ, resource = ResourceType.PARCEL)
  public ParcelHistory history(@AuditResourceId String cadastralKey) {
    Violations violations = new Violations();
    CadastralKey key = violations.parse("cadastralKey", cadastralKey, CadastralKey::of);
    violations.throwIfAny();
    return parcels
        .history(key)
        .orElseThrow(() -> new ResourceNotFoundException("no existe el predio " + key));
  }
}
