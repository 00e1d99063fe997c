package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;

@ApplicationScoped
public class SqlAccessLog implements AccessLog {

  private static final String APPEND =
      "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
          + " resource_type, resource_id, outcome, request_id, detail, justification, actor_subject)"
          + " values (cast(?1 as timestamptz), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  /**
   * Written now, inside the business transaction: if the row cannot be stored, the business change
   * fails with it. One plain insert, not a persist and flush: every audited call writes one, and a
   * flush would first walk the whole persistence context for nothing.
   */
  @Override
  public void append(AccessEvent event) {
    em.createNativeQuery(APPEND)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, event.occurredAt().toString())
        .setParameter(2, event.actor())
        .setParameter(3, event.roles())
        .setParameter(4, event.clientAddress())
        .setParameter(5, event.action().name())
        .setParameter(6, event.resourceType().name())
        .setParameter(7, event.resourceId())
        .setParameter(8, event.outcome())
        .setParameter(9, event.requestId())
        .setParameter(10, event.detail())
        .setParameter(11, event.justification())
        .setParameter(12, event.actorSubject())
        .executeUpdate();
  }
}
