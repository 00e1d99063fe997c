package mx.gob.qroo.rppc.filing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.Receptions;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reception's persistence on the real PostGIS cluster: entry numbers, filings, look-ups. */
class ReceptionPersistenceDbIT {

  private static final int WRITERS = 8;
  private static final int RECEPTIONS_PER_WRITER = 30;

  private static TestDatabase database;
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migratedDatabase() {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(
        database.dataSource(), ReceptionPersistenceDbIT.class.getClassLoader());
    emf = database.entityManagerFactory();
  }

  @AfterAll
  static void dropDatabase() {
    emf.close();
    database.close();
  }

  @Test
  void eightConcurrentWritersGetAGaplessUniqueSeriesEvenWhenSomeRollBack() throws Exception {
    int year = 2031;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<Integer>> rolledBack = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      Callable<Integer> receptions =
          () -> {
            start.await();
            int abandoned = 0;
            for (int i = 0; i < RECEPTIONS_PER_WRITER; i++) {
              // every fifth reception of a writer fails after taking its number
              boolean fails = (writer + i) % 5 == 0;
              receiveIn(Office.CUN, year, fails);
              abandoned += fails ? 1 : 0;
            }
            return abandoned;
          };
      rolledBack.add(pool.submit(receptions));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
    int failed = 0;
    for (Future<Integer> f : rolledBack) {
      failed += f.get();
    }

    List<Long> sequences = storedSequences(Office.CUN, year);
    long committed = (long) WRITERS * RECEPTIONS_PER_WRITER - failed;
    assertThat(failed).isPositive();
    assertThat(sequences)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
  }

  @Test
  void atOneOfficeALaterEntryNumberNeverCarriesAnEarlierReceptionInstant() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Callable<Void>> work = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      work.add(
          () -> {
            for (int i = 0; i < 20; i++) {
              inTransaction(
                  em -> {
                    var turn = new SqlEntryNumberIssuer(em).take(Office.PDC, Instant::now);
                    ProcedureType sale =
                        new JpaProcedureTypeCatalogue(em).find("COMPRAVENTA").orElseThrow();
                    new JpaFilingRepository(em)
                        .store(
                            Filing.receive(
                                Receptions.sale(
                                    sale, turn.entryNumber(), turn.receivedAt(), List.of()),
                                "capturista1"));
                    return null;
                  });
            }
            return null;
          });
    }
    for (Future<Void> f : pool.invokeAll(work)) {
      f.get();
    }
    pool.shutdown();

    List<Instant> inNumberOrder =
        inTransaction(
            em ->
                em.createQuery(
                        "select f.receivedAt from Filing f where f.entryNumber.office = :office"
                            + " order by f.entryNumber.year, f.entryNumber.sequence",
                        Instant.class)
                    .setParameter("office", Office.PDC)
                    .getResultList());
    assertThat(inNumberOrder).hasSize(WRITERS * 20).isSorted();
  }

  @Test
  void aRolledBackReceptionGivesItsNumberBack() {
    int year = 2032;
    EntryNumber first = receiveIn(Office.CHE, year, false);
    receiveIn(Office.CHE, year, true);
    EntryNumber next = receiveIn(Office.CHE, year, false);

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(next.sequence()).isEqualTo(2);
  }

  @Test
  void eachOfficeAndYearHasItsOwnSeries() {
    assertThat(receiveIn(Office.COZ, 2033, false)).hasToString("COZ-2033-000001");
    assertThat(receiveIn(Office.PDC, 2033, false)).hasToString("PDC-2033-000001");
    assertThat(receiveIn(Office.COZ, 2034, false)).hasToString("COZ-2034-000001");
    assertThat(receiveIn(Office.COZ, 2033, false)).hasToString("COZ-2033-000002");
  }

  @Test
  void aStoredFilingIsFoundByEntryNumberAndByTrackingCodeWithItsReceptionInstant() {
    EntryNumber number = receiveIn(Office.PDC, 2035, false);

    Filing byNumber =
        inTransaction(em -> new JpaFilingRepository(em).findByEntryNumber(number).orElseThrow());
    Filing byCode =
        inTransaction(
            em ->
                new JpaFilingRepository(em)
                    .findByTrackingCode(byNumber.trackingCode())
                    .orElseThrow());

    assertThat(byCode.entryNumber()).isEqualTo(number);
    assertThat(byCode.procedureType().code()).isEqualTo("COMPRAVENTA");
    assertThat(byCode.applicant().curp().value()).isEqualTo("GOMC850101MQRRRR09");
    assertThat(byCode.receivedAt()).isEqualTo(Instant.parse("2035-03-02T15:04:05.123Z"));
  }

  @Test
  void theDatabaseRefusesTheSameEntryNumberTwice() {
    EntryNumber number = receiveIn(Office.CUN, 2036, false);

    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      new JpaFilingRepository(em).store(newFiling(em, number));
                      return null;
                    }))
        .rootCause()
        .hasMessageContaining("duplicate key")
        .hasMessageContaining("(office, entry_year, entry_sequence)");
  }

  /** One reception as the application does it: number and filing in one transaction. */
  private static EntryNumber receiveIn(Office office, int year, boolean failAfterNumbering) {
    return inTransaction(
        em -> {
          EntryNumber number = new SqlEntryNumberIssuer(em).next(office, year);
          new JpaFilingRepository(em).store(newFiling(em, number));
          if (failAfterNumbering) {
            em.getTransaction().setRollbackOnly();
          }
          return number;
        });
  }

  private static Filing newFiling(EntityManager em, EntryNumber number) {
    ProcedureType sale = new JpaProcedureTypeCatalogue(em).find("COMPRAVENTA").orElseThrow();
    Instant at =
        Instant.parse(number.year() + "-03-02T15:04:05.123Z").truncatedTo(ChronoUnit.MILLIS);
    return Filing.receive(Receptions.sale(sale, number, at, List.of()), "capturista1");
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
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

  private static List<Long> storedSequences(Office office, int year) {
    List<Long> sequences =
        inTransaction(
            em ->
                em.createQuery(
                        "select f.entryNumber.sequence from Filing f where f.entryNumber.office = :office"
                            + " and f.entryNumber.year = :year",
                        Long.class)
                    .setParameter("office", office)
                    .setParameter("year", year)
                    .getResultList());
    List<Long> sorted = new ArrayList<>(sequences);
    Collections.sort(sorted);
    return sorted;
  }
}
