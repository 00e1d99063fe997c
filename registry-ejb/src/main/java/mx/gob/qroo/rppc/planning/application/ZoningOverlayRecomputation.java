package mx.gob.qroo.rppc.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans;
import mx.gob.qroo.rppc.shared.domain.Role;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * The administrator recomputes the whole parcel-zone overlay in one transaction, after parcels or
 * zones were changed outside the application (a bulk load in SQL). Publications and imports keep it
 * current by themselves.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ZoningOverlayRecomputation {

  @Inject LandUsePlans plans;
  @Inject Clock clock;

  /** A million parcels take minutes: the transaction may last up to an hour. */
  @TransactionTimeout(value = 1, unit = TimeUnit.HOURS)
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.PLAN)
  public Recomputed recompute() {
    Instant started = clock.instant();
    long rows = plans.recomputeOverlay();
    return new Recomputed(rows, Duration.between(started, clock.instant()).toMillis());
  }

  /** How many parcel-zone rows the overlay has now, and how long computing them took. */
  public record Recomputed(long rows, long millis) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return "overlay";
    }
  }
}
