package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;
import mx.gob.qroo.rppc.audit.domain.Justification;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import mx.gob.qroo.rppc.shared.domain.Excerpt;

/**
 * Records a staff attempt that was refused: for want of a role, or by the service itself (a
 * resource that does not exist, a malformed request, a conflict with the registry's state): who
 * tried what, on which resource, from where, and why it failed. It commits on its own: the refused
 * call has nothing to commit.
 */
@Stateless
@PermitAll
public class DeniedAccessLog {

  @Inject AccessLog accessLog;
  @Inject CallerIdentity caller;
  @Inject RequestOrigin origin;
  @Inject Clock clock;

  /** A failed call of an {@link Audited} method, with its outcome and the refusal's message. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(
      AccessAction action, ResourceType type, String resourceId, String outcome, String why) {
    append(action, type, resourceId, outcome, Excerpt.bounded(why, 500));
  }

  /** A call refused for want of a role; {@code attempt} names the method and path. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AccessAction action, ResourceType type, String resourceId, String attempt) {
    append(action, type, resourceId, AccessEvent.DENIED, "acceso denegado por rol: " + attempt);
  }

  private void append(
      AccessAction action, ResourceType type, String resourceId, String outcome, String detail) {
    accessLog.append(
        new AccessEvent(
                clock.instant(),
                caller.actor(),
                origin.clientAddress(),
                action,
                type,
                resourceId,
                origin.requestId())
            .withOutcome(outcome)
            .withDetail(detail)
            .justifiedBy(Justification.canonicalOrNone(origin.justification())));
  }
}
