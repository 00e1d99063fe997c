package mx.gob.qroo.rppc.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * In-memory copies of the catalogues (fee rules, UMA values, holidays) that every reception reads
 * and the administrator changes a few times a year. A copy is used while {@code
 * shared.catalogue_version}, raised by a trigger on every change to a catalogue table, still has
 * the value it was loaded under; the version is read once per transaction, so a change committed on
 * any node, or by hand in SQL, is seen from the next transaction on.
 *
 * <p>The version is read before a copy is loaded: a change committed in between makes the copy
 * newer than its version says, and the next transaction merely loads it again.
 */
@ApplicationScoped
public class CatalogueCache {

  private static final String VERSION = "select version from shared.catalogue_version";
  private static final Object VERSION_IN_TRANSACTION = CatalogueCache.class.getName() + ".version";

  private record Copy(long version, Object value) {}

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final Map<String, Copy> copies = new ConcurrentHashMap<>();

  protected CatalogueCache() {}

  /** On the caller's entity manager and transaction registry (database tests). */
  public CatalogueCache(EntityManager em, TransactionSynchronizationRegistry transactions) {
    this.em = em;
    this.transactions = transactions;
  }

  /**
   * The catalogue {@code name} as {@code loader} reads it from the database, loaded again only
   * after a catalogue change. The loader must return an immutable value.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String name, Function<EntityManager, T> loader) {
    long version = version();
    Copy copy = copies.get(name);
    if (copy == null || copy.version() != version) {
      copy = new Copy(version, loader.apply(em));
      copies.merge(name, copy, (old, loaded) -> old.version() > loaded.version() ? old : loaded);
    }
    return (T) copy.value();
  }

  private long version() {
    Object known = transactions.getResource(VERSION_IN_TRANSACTION);
    if (known != null) {
      return (Long) known;
    }
    long version =
        ((Number)
                em.createNativeQuery(VERSION).setFlushMode(FlushModeType.COMMIT).getSingleResult())
            .longValue();
    transactions.putResource(VERSION_IN_TRANSACTION, version);
    return version;
  }
}
