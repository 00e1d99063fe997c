package mx.gob.qroo.rppc.web.planning.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.planning.domain.LandUsePlan;
import mx.gob.qroo.rppc.planning.domain.PlanKind;
import mx.gob.qroo.rppc.planning.domain.PlanZone;

/**
 * A plan version as anyone sees it: what it is, where and when it applies and where it was
 * published, but not who in the registry uploaded it nor the import behind it (staff data).
 */
public record PublicPlan(
    long id,
    String planKey,
    int version,
    String name,
    PlanKind kind,
    String municipality,
    LocalDate validFrom,
    LocalDate validTo,
    String sourceDocument,
    Instant publishedAt,
    int zones) {

  static PublicPlan of(LandUsePlan plan) {
    return new PublicPlan(
        plan.id(),
        plan.planKey(),
        plan.version(),
        plan.name(),
        plan.kind(),
        plan.municipality(),
        plan.validFrom(),
        plan.validTo(),
        plan.sourceDocument(),
        plan.publishedAt(),
        plan.zones());
  }

  /** One version with its zones and their norms. */
  public record WithZones(PublicPlan plan, List<PlanZone> zones) {}
}
