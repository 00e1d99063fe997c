package mx.gob.qroo.rppc.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans.PublishedPlan;
import mx.gob.qroo.rppc.planning.domain.PlanPublication;
import mx.gob.qroo.rppc.planning.domain.ZoneFieldMapping;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;

/**
 * SEDETUS planners and the administrator publish a new version of a land-use plan from its zoning
 * layer. All or nothing: the version, its zones and their overlay with the parcels commit together;
 * a rejected layer commits only its report.
 */
@Stateless
@RolesAllowed({Role.PLANEADOR, Role.ADMIN})
public class LandUsePlanPublication {

  @Inject LandUsePlans plans;
  @Inject CallerIdentity caller;

  @Audited(action = AccessAction.CREATE, resource = ResourceType.PLAN)
  public PublishedPlanVersion publish(
      PlanPublication publication, LayerImportRequest layer, ZoneFieldMapping mapping) {
    PublishedPlan published = plans.publish(publication, layer, mapping, caller.name());
    return new PublishedPlanVersion(published.plan(), published.report());
  }
}
