package mx.gob.qroo.rppc.planning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.planning.domain.LandUsePlan;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans;
import mx.gob.qroo.rppc.planning.domain.PlanZone;
import mx.gob.qroo.rppc.shared.application.PublicMapRequests;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/**
 * Land-use plans are public instruments: anyone may read their versions and zones. An anonymous
 * client spends its budget of map requests on each call and is read on the anonymous reads' own
 * pool ({@link PublicMapRequests}).
 */
@Stateless
@PermitAll
public class LandUsePlanQueries {

  @Inject LandUsePlans staffPlans;
  @Inject @PublicMapReads LandUsePlans anonymousPlans;
  @Inject PublicMapRequests requests;
  @Inject Clock clock;

  /** Every version, or the versions in force on {@code day} when it is given. */
  public List<LandUsePlan> plans(LocalDate day) {
    requests.spend();
    return plans().plans(day);
  }

  /** The versions in force today in Quintana Roo. */
  public List<LandUsePlan> inForceToday() {
    requests.spend();
    return plans().plans(RegistryTime.local(clock.instant()).toLocalDate());
  }

  public PlanWithZones plan(long id) {
    requests.spend();
    LandUsePlans plans = plans();
    LandUsePlan plan =
        plans
            .plan(id)
            .orElseThrow(() -> new ResourceNotFoundException("no existe la versión de plan " + id));
    return new PlanWithZones(plan, plans.zones(id));
  }

  private LandUsePlans plans() {
    return requests.anonymous() ? anonymousPlans : staffPlans;
  }

  /** A plan version and its zones. */
  public record PlanWithZones(LandUsePlan plan, List<PlanZone> zones) {}
}
