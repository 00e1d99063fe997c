package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;

@ApplicationScoped
public class JpaAccessLog implements AccessLog {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  @Override
  public void append(AccessEvent event) {
    em.persist(event);
    // Written now, inside the business transaction: if the row cannot be stored, the
    // business change fails with it.
    em.flush();
  }
}
