package mx.gob.qroo.rppc.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import mx.gob.qroo.rppc.filing.infrastructure.SqlEntryNumberIssuer;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.infrastructure.SqlFolioNumberIssuer;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one gapless counter behind entry and folio numbers, on the real cluster: concurrent takers
 * that sometimes roll back, and a taker whose server process dies before it commits.
 */
class GaplessCounterDbIT {

  private static final int WRITERS = 8;
  private static final int TAKES_PER_WRITER = 25;

  private static MigratedDatabase db;

  @BeforeAll
  static void migratedDatabase() {
    db = MigratedDatabase.create();
    // what each committed transaction took, written in that same transaction
    db.database().update("create table public.taken (series text not null, value bigint not null)");
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void concurrentFolioNumbersNeverSkipNorRepeatWhenSomeTransactionsRollBack() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<Integer>> abandoned = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      abandoned.add(
          pool.submit(
              () -> {
                start.await();
                int rolledBack = 0;
                for (int i = 0; i < TAKES_PER_WRITER; i++) {
                  boolean fails = (writer + i) % 4 == 0;
                  db.inTransaction(
                      em -> {
                        long value =
                            new SqlFolioNumberIssuer(em)
                                .next(Office.PDC, FolioKind.COMMERCE)
                                .sequence();
                        record(em, "folio PDC FM", value);
                        if (fails) {
                          em.getTransaction().setRollbackOnly();
                        }
                        return value;
                      });
                  rolledBack += fails ? 1 : 0;
                }
                return rolledBack;
              }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
    int failed = 0;
    for (Future<Integer> f : abandoned) {
      failed += f.get();
    }

    long committed = (long) WRITERS * TAKES_PER_WRITER - failed;
    assertThat(failed).isPositive();
    assertThat(taken("folio PDC FM"))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
  }

  @Test
  void aNumberTakenByATransactionWhoseServerProcessDiesIsTakenAgain() throws Exception {
    // a pool of its own: the connection that dies is never handed to another test
    EntityManagerFactory doomed = db.database().entityManagerFactory();
    EntityManager dying = doomed.createEntityManager();
    dying.getTransaction().begin();
    int pid =
        ((Number) dying.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
    long lost = new SqlEntryNumberIssuer(dying).next(Office.COZ, 2039).sequence();
    try (Connection admin = db.database().connect();
        PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?)")) {
      kill.setInt(1, pid);
      kill.execute();
    }

    long next =
        db.inTransaction(em -> new SqlEntryNumberIssuer(em).next(Office.COZ, 2039).sequence());

    assertThat(lost).isEqualTo(1);
    assertThat(next).isEqualTo(lost);
    try {
      dying.getTransaction().rollback();
    } catch (RuntimeException connectionGone) {
      // its server process is gone: nothing of it was committed
    }
    dying.close();
    doomed.close();
  }

  @Test
  void eachKeyHasItsOwnSeriesInItsOwnTable() {
    GaplessCounter folios = new GaplessCounter("folio.folio_number_counter", "office", "kind");
    GaplessCounter entries =
        new GaplessCounter("filing.entry_number_counter", "office", "entry_year");

    assertThat(take(folios, "CHE", "PROPERTY")).isEqualTo(1);
    assertThat(take(folios, "CHE", "PROPERTY")).isEqualTo(2);
    assertThat(take(folios, "CUN", "PROPERTY")).isEqualTo(1);
    assertThat(take(entries, "CHE", 2040)).isEqualTo(1);
  }

  private static long take(GaplessCounter counter, Object... key) {
    return db.<Long>inTransaction(em -> counter.next(em, key));
  }

  private static void record(EntityManager em, String series, long value) {
    em.createNativeQuery("insert into public.taken (series, value) values (?1, ?2)")
        .setParameter(1, series)
        .setParameter(2, value)
        .executeUpdate();
  }

  private static List<Long> taken(String series) {
    return db.inTransaction(
        em ->
            em
                .createNativeQuery(
                    "select value from public.taken where series = ?1 order by value", Long.class)
                .setParameter(1, series)
                .getResultList()
                .stream()
                .map(v -> ((Number) v).longValue())
                .toList());
  }
}
