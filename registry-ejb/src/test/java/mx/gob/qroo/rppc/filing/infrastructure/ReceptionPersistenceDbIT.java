package mx.gob.qroo.rppc.filing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import java.util.stream.LongStream;
import mx.gob.qroo.rppc.filing.domain.Act;
import mx.gob.qroo.rppc.filing.domain.Fee;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.Reception;
import mx.gob.qroo.rppc.filing.domain.Receptions;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.Municipality;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.folio.infrastructure.JpaFolioRepository;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.Rfc;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;
import mx.gob.qroo.rppc.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reception's persistence on the real PostGIS cluster: entry numbers, filings, look-ups. */
class ReceptionPersistenceDbIT {

  private static final int WRITERS = 8;
  private static final int RECEPTIONS_PER_WRITER = 30;

  private static MigratedDatabase db;

  @BeforeAll
  static void migratedDatabase() {
    db = MigratedDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
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
              db.inTransaction(
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
        db.inTransaction(
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
        db.inTransaction(em -> new JpaFilingRepository(em).findByEntryNumber(number).orElseThrow());
    Filing byCode =
        db.inTransaction(
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
                db.inTransaction(
                    em -> {
                      new JpaFilingRepository(em).store(newFiling(em, number));
                      return null;
                    }))
        .rootCause()
        .hasMessageContaining("duplicate key")
        .hasMessageContaining("(office, entry_year, entry_sequence)");
  }

  @Test
  void everyFactOfAReceptionComesBackThroughTheMapping() {
    List<String> folios = List.of(propertyFolio(901), propertyFolio(902));
    Holder natural =
        Holder.naturalPerson(
            "Jorge Pérez Hernández", Curp.of("PEHJ900215HQRRRN00"), new BigDecimal("62.5"));
    Holder legal =
        Holder.legalPerson(
            "Arrendadora del Caribe", Rfc.of("ACA100315AB2"), new BigDecimal("37.5"));
    Act act =
        new Act(
            new ActFacts(
                new BigDecimal("1500000.00"),
                new Deed("4521", "Notaría 3 de Cancún", LocalDate.of(2037, 1, 20)),
                new BigDecimal("900000.50"),
                "Banco del Sureste",
                "BSU990101AB1",
                LocalDate.of(2037, 4, 30),
                "Compraventa con reserva de dominio"),
            3);
    Fee fee = new Fee(new BigDecimal("45.25"), new BigDecimal("5119.59"), "45.25 UMA × $113.14");
    Instant at = Instant.parse("2037-02-03T16:05:06.789Z");
    Instant priority = Instant.parse("2037-02-01T10:00:00.001Z");
    EntryNumber number = new EntryNumber(Office.CUN, 2037, 41);
    TrackingCode code = TrackingCode.random();

    db.inTransaction(
        em -> {
          ProcedureType sale = new JpaProcedureTypeCatalogue(em).find("COMPRAVENTA").orElseThrow();
          new JpaFilingRepository(em)
              .store(
                  Filing.receive(
                      new Reception(
                          number,
                          code,
                          sale,
                          Receptions.CARLA,
                          at,
                          priority,
                          12,
                          LocalDate.of(2037, 2, 20),
                          folios,
                          act,
                          List.of(natural, legal),
                          7,
                          fee,
                          "clave-41",
                          "a".repeat(64),
                          "El plazo se contó sin los días inhábiles de 2037"),
                      "capturista1"));
          return null;
        });

    Filing stored =
        db.inTransaction(
            em -> {
              Filing f = new JpaFilingRepository(em).findByEntryNumber(number).orElseThrow();
              f.actHolders();
              f.folioNumbers();
              f.transitions();
              return f;
            });
    assertThat(stored.trackingCode()).isEqualTo(code);
    assertThat(stored.procedureType().code()).isEqualTo("COMPRAVENTA");
    assertThat(stored.applicant().name()).isEqualTo("Carla Gómez Rivera");
    assertThat(stored.applicant().curp()).isEqualTo(Receptions.CARLA.curp());
    assertThat(stored.status()).isEqualTo(FilingStatus.RECEIVED);
    assertThat(stored.receivedAt()).isEqualTo(at);
    assertThat(stored.priorityAt()).isEqualTo(priority);
    assertThat(stored.termBusinessDays()).isEqualTo(12);
    assertThat(stored.dueDate()).isEqualTo(LocalDate.of(2037, 2, 20));
    assertThat(stored.termNote()).isEqualTo("El plazo se contó sin los días inhábiles de 2037");
    assertThat(stored.act().facts().valueMxn()).isEqualByComparingTo("1500000.00");
    assertThat(stored.act().facts().deed()).isEqualTo(act.facts().deed());
    assertThat(stored.act().facts().deed().date()).isEqualTo(LocalDate.of(2037, 1, 20));
    assertThat(stored.act().facts().amountMxn()).isEqualByComparingTo("900000.50");
    assertThat(stored.act().facts().beneficiaryName()).isEqualTo("Banco del Sureste");
    assertThat(stored.act().facts().beneficiaryId()).isEqualTo("BSU990101AB1");
    assertThat(stored.act().facts().expiresOn()).isEqualTo(LocalDate.of(2037, 4, 30));
    assertThat(stored.act().refersToEntry()).isEqualTo(3);
    assertThat(stored.act().facts().description()).isEqualTo("Compraventa con reserva de dominio");
    assertThat(stored.actHolders()).containsExactly(natural, legal);
    assertThat(stored.actHolders())
        .extracting(Holder::name, h -> h.share().stripTrailingZeros())
        .containsExactly(
            tuple("Jorge Pérez Hernández", new BigDecimal("62.5")),
            tuple("Arrendadora del Caribe", new BigDecimal("37.5")));
    assertThat(stored.folioNumbers()).containsExactlyInAnyOrderElementsOf(folios);
    assertThat(stored.pages()).isEqualTo(7);
    assertThat(stored.fee().uma()).isEqualByComparingTo("45.25");
    assertThat(stored.fee().amountMxn()).isEqualByComparingTo("5119.59");
    assertThat(stored.fee().explanation()).isEqualTo("45.25 UMA × $113.14");
    assertThat(stored.idempotencyKey()).isEqualTo("clave-41");
    assertThat(stored.requestDigest()).isEqualTo("a".repeat(64));
    assertThat(stored.transitions())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.from()).isNull();
              assertThat(t.to()).isEqualTo(FilingStatus.RECEIVED);
              assertThat(t.actor()).isEqualTo("capturista1");
              assertThat(t.at()).isEqualTo(at);
              assertThat(t.reason()).isEqualTo("Recepción");
            });
  }

  /**
   * The reception's hand-written insert must keep up with the table: a column added to {@code
   * filing.filing} without being written at reception (or declared as filled only later) fails
   * here.
   */
  @Test
  void theReceptionInsertWritesEveryColumnOfAFilingButThoseFilledLater() {
    List<String> columns =
        db.inTransaction(
            em ->
                em
                    .createNativeQuery(
                        "select column_name from information_schema.columns"
                            + " where table_schema = 'filing' and table_name = 'filing'",
                        String.class)
                    .getResultList()
                    .stream()
                    .map(String.class::cast)
                    .toList());
    String sql = new ReceptionInsert(newFilingOutsideTransaction()).sql();
    String table = "insert into filing.filing (";
    int start = sql.indexOf(table) + table.length();
    List<String> written = List.of(sql.substring(start, sql.indexOf(')', start)).split(",\\s*"));

    assertThat(written)
        .containsExactlyInAnyOrderElementsOf(
            columns.stream()
                .filter(
                    c ->
                        !List.of("id", "assigned_to", "requirement", "correction_due_date")
                            .contains(c))
                .toList());
  }

  private static String propertyFolio(int sequence) {
    FolioNumber number = new FolioNumber(Office.CUN, FolioKind.PROPERTY, sequence);
    db.inTransaction(
        em -> {
          new JpaFolioRepository(em)
              .store(
                  new PropertyFolio(
                      number,
                      Instant.parse("2030-01-02T16:00:00Z"),
                      Municipality.BENITO_JUAREZ,
                      "23005-001-09" + sequence,
                      "Calle " + sequence + ", Cancún",
                      new BigDecimal("300.00")));
          return null;
        });
    return number.toString();
  }

  private static Filing newFilingOutsideTransaction() {
    return Filing.receive(
        Receptions.sale(
            new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY", null, 15),
            new EntryNumber(Office.CHE, 2038, 1),
            Instant.parse("2038-01-05T16:00:00Z"),
            List.of()),
        "capturista1");
  }

  /** One reception as the application does it: number and filing in one transaction. */
  private static EntryNumber receiveIn(Office office, int year, boolean failAfterNumbering) {
    return db.inTransaction(
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

  private static List<Long> storedSequences(Office office, int year) {
    List<Long> sequences =
        db.inTransaction(
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
