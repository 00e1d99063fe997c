package mx.gob.qroo.rppc.testing;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import mx.gob.qroo.rppc.shared.infrastructure.CatalogueCache;

/**
 * The resources of one transaction, for database tests that run outside a container: what the
 * application keeps per transaction (the catalogue version) lives as long as this object. Only the
 * resource map is offered; the rest of JTA is refused.
 */
public final class OneTransaction implements TransactionSynchronizationRegistry {

  private final Map<Object, Object> resources = new HashMap<>();

  /** A catalogue cache on {@code em}, as one transaction of the application would see it. */
  public static CatalogueCache catalogueCache(EntityManager em) {
    return new CatalogueCache(em, new OneTransaction());
  }

  @Override
  public Object getTransactionKey() {
    return this;
  }

  @Override
  public void putResource(Object key, Object value) {
    resources.put(key, value);
  }

  @Override
  public Object getResource(Object key) {
    return resources.get(key);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization sync) {
    throw new UnsupportedOperationException("no synchronizations outside a container");
  }

  @Override
  public int getTransactionStatus() {
    throw new UnsupportedOperationException("no transaction status outside a container");
  }

  @Override
  public void setRollbackOnly() {
    throw new UnsupportedOperationException("no rollback-only outside a container");
  }

  @Override
  public boolean getRollbackOnly() {
    throw new UnsupportedOperationException("no rollback-only outside a container");
  }
}
