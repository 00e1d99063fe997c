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
import mx.gob.qroo.rppc.audit.domain.Actor;
import mx.gob.qroo.rppc.audit.domain.Justification;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;

/**
 * Records a refused attempt that auditors must see. It commits on its own, so the record survives
 * the rollback of the refused business action.
 */
@Stateless
@PermitAll
public class AnomalyLog {

  @Inject AccessLog accessLog;
  @Inject RequestOrigin origin;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      Actor actor, AccessAction action, ResourceType type, String resourceId, String detail) {
    accessLog.append(
        AccessEvent.anomaly(
                clock.instant(),
                actor,
                origin.clientAddress(),
                action,
                type,
                resourceId,
                origin.requestId(),
                detail)
            .justifiedBy(Justification.canonicalOrNone(origin.justification())));
  }
}
