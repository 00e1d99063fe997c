package mx.gob.qroo.rppc.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;

/**
 * A throw-away database migrated to the current schema, with an entity manager factory on it and
 * transactions as the application runs them: committed, unless the work marked them rollback-only.
 */
public final class MigratedDatabase implements AutoCloseable {

  private final TestDatabase database;
  private final EntityManagerFactory emf;

  private MigratedDatabase(TestDatabase database) {
    this.database = database;
    DatabaseMigration.migrate(database.dataSource(), MigratedDatabase.class.getClassLoader());
    this.emf = database.entityManagerFactory();
  }

  public static MigratedDatabase create() {
    return new MigratedDatabase(TestDatabase.createEmpty());
  }

  public TestDatabase database() {
    return database;
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      if (em.getTransaction().getRollbackOnly()) {
        em.getTransaction().rollback();
      } else {
        em.getTransaction().commit();
      }
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    emf.close();
    database.close();
  }
}
