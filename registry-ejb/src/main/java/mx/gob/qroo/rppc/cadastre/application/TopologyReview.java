package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.SpatialLayers;
import mx.gob.qroo.rppc.cadastre.domain.TopologyCheck;
import mx.gob.qroo.rppc.cadastre.domain.TopologyFinding;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * Registrars, planners, auditors and the administrator review what the topology checks find among
 * the current parcels (cadastral keys and folio numbers: no personal data).
 */
@Stateless
@RolesAllowed({Role.REGISTRADOR, Role.PLANEADOR, Role.AUDITOR, Role.ADMIN})
public class TopologyReview {

  private static final int MAX_FINDINGS = 1000;

  @Inject SpatialLayers layers;

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.LAYER)
  public List<TopologyFinding> findings(TopologyCheck check, double toleranceM2, int limit) {
    if (toleranceM2 < 0 || toleranceM2 > 10_000) {
      throw InvalidRequestException.of("toleranceM2", "la tolerancia va de 0 a 10,000 m²");
    }
    if (limit < 1 || limit > MAX_FINDINGS) {
      throw InvalidRequestException.of("limit", "limit va de 1 a " + MAX_FINDINGS);
    }
    return layers.findings(check, toleranceM2, limit);
  }
}
