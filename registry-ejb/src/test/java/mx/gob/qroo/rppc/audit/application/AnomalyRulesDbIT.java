package mx.gob.qroo.rppc.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.Alert;
import mx.gob.qroo.rppc.audit.domain.AlertQuery;
import mx.gob.qroo.rppc.audit.domain.AlertStatus;
import mx.gob.qroo.rppc.audit.domain.AnomalyRule;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.StaffMember;
import mx.gob.qroo.rppc.audit.infrastructure.HttpCheckpointWitness;
import mx.gob.qroo.rppc.audit.infrastructure.SqlAlerts;
import mx.gob.qroo.rppc.audit.infrastructure.SqlMerkleLog;
import mx.gob.qroo.rppc.audit.infrastructure.SqlStaffDirectory;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each anomaly rule on events and filings written straight into a migrated database, appended to
 * the log's tree by its writer and read by the rules as they would be in production: what a rule
 * must flag, what it must leave alone, and that the alerts name the events behind them.
 */
class AnomalyRulesDbIT {

  private static final ZoneId CANCUN = ZoneId.of("America/Cancun");

  /** Wednesday 18 November 2026, a business day, 10:00 in Cancún. */
  private static final Instant WORKING_HOURS =
      LocalDateTime.parse("2026-11-18T10:00:00").atZone(CANCUN).toInstant();

  private static final String STAFF_CURP = "GOMC850101MQRRRR09";

  @TempDir Path files;

  private TestDatabase database;
  private LogWriter writer;
  private SqlAlerts alerts;

  @BeforeEach
  void aMigratedRegistry() throws Exception {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());
    System.setProperty("rppc.audit.key-dir", files.resolve("key").toString());
    LogSigningKey key = new LogSigningKey();
    key.load();
    writer = new LogWriter();
    writer.log = new SqlMerkleLog(database.gateway());
    writer.key = key;
    writer.clock = Clock.systemUTC();
    writer.witness = new WitnessCosigning(new HttpCheckpointWitness(), writer.log, writer.clock);
    alerts = new SqlAlerts(database.gateway());
  }

  @AfterEach
  void dropDatabase() {
    System.clearProperty("rppc.audit.key-dir");
    database.close();
  }

  @Test
  void aRefusedAttemptToSkipThePrelacionOrderIsAnAlertWithItsEvent() throws Exception {
    long id =
        event(
            WORKING_HOURS,
            "registrador1",
            "UPDATE",
            "FILING",
            "CUN-2026-000002",
            "ANOMALY",
            null,
            "Prelación: se intentó inscribir CUN-2026-000002 con solicitudes anteriores pendientes"
                + " CUN-2026-000001 sobre CUN-FR-000001");

    List<Alert> found = detect(AnomalyRule.PRELACION_SKIP);

    assertThat(found)
        .singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("registrador1"));
    assertThat(found.get(0).summary()).contains("CUN-2026-000001");
    assertThat(eventIds(found.get(0))).containsExactly(id);
  }

  @Test
  void readsNeedAJustificationOrAFilingOfTheReadersOwnWork() throws Exception {
    long assigned = filing(1, "ASSIGNED", WORKING_HOURS, "registrador1", "PEHJ900215HQRRRN00");
    filingFolio(assigned, folio("CUN-FR-000001"));
    transition(assigned, 1, "RECEIVED", "capturista1", WORKING_HOURS, "Recepción");
    filing(2, "RECEIVED", WORKING_HOURS, null, "PEHJ900215HQRRRN00");
    Instant at = WORKING_HOURS.plusSeconds(600);

    // linked to their work: assigned to them, received by them, named by the justification, or
    // opened by them
    read(at, "registrador1", "FILING", "CUN-2026-000001", null);
    read(at, "registrador1", "FOLIO", "CUN-FR-000001", null);
    read(at, "capturista1", "FOLIO", "CUN-FR-000001", null);
    read(at, "capturista2", "FOLIO", "CUN-FR-000001", "CUN-2026-000001");
    read(at, "capturista2", "FILING", "CUN-2026-000002", "ATENCION_AL_PUBLICO");
    event(at, "registrador3", "CREATE", "FOLIO", "CUN-FR-000003", "SUCCESS", null, null);
    read(at, "registrador3", "FOLIO", "CUN-FR-000003", null);
    // not linked: no justification and not theirs, or a filing that does not concern the folio
    long peek = read(at, "capturista2", "FOLIO", "CUN-FR-000001", null);
    long again = read(at.plusSeconds(60), "capturista2", "FOLIO", "CUN-FR-000001", null);
    long unrelated = read(at, "registrador1", "FOLIO", "CUN-FR-000001", "CUN-2026-000002");
    long otherFiling = read(at, "registrador2", "FILING", "CUN-2026-000001", null);

    List<Alert> found = detect(AnomalyRule.UNJUSTIFIED_ACCESS);

    assertThat(found)
        .extracting(Alert::actor, Alert::scope)
        .containsExactlyInAnyOrder(
            tuple("capturista2", "FOLIO CUN-FR-000001 2026-11-18"),
            tuple("registrador1", "FOLIO CUN-FR-000001 2026-11-18"),
            tuple("registrador2", "FILING CUN-2026-000001 2026-11-18"));
    assertThat(eventIds(only(found, "capturista2"))).containsExactly(peek, again);
    assertThat(eventIds(only(found, "registrador1"))).containsExactly(unrelated);
    assertThat(eventIds(only(found, "registrador2"))).containsExactly(otherFiling);
  }

  @Test
  void anHourFarAboveTheReadersOwnAndPeersBaselineIsBulkAccess() throws Exception {
    Instant hour = WORKING_HOURS;
    // history: ten days back, one hour a day, capturista3 reads 5 times and a peer 10 times
    for (int day = 1; day <= 10; day++) {
      reads(hour.minus(Duration.ofDays(day)), "capturista3", 5);
      reads(hour.minus(Duration.ofDays(day)), "capturista4", 10);
      reads(hour.minus(Duration.ofDays(day)), "capturista5", 40);
    }
    // 24 times their own mean, 4.8 times the peers' (capturista4 and capturista5: 25 an hour)
    reads(hour, "capturista3", 120);
    reads(hour, "capturista5", 60); // only 1.5 times their own mean
    reads(hour, "capturista4", 30); // below the minimum

    List<Alert> found = detect(AnomalyRule.BULK_ACCESS);

    assertThat(found)
        .singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("capturista3"));
    assertThat(found.get(0).events()).isEqualTo(120);
    assertThat(found.get(0).summary())
        .startsWith("120 lecturas entre las 10:00 y las 11:00 del 2026-11-18")
        .contains("propio 5.0, de sus pares 25.0");
  }

  @Test
  void accessOnAWeekendAHolidayOrOutsideTheOfficesHoursIsFlagged() throws Exception {
    new SqlStaffDirectory(database.gateway())
        .save(new StaffMember("capturista6", "Carla Gómez", null, Office.COZ));
    read(WORKING_HOURS, "capturista6", "FILING", "CUN-2026-000001", "ATENCION_AL_PUBLICO");
    long lateForCozumel =
        read(at("2026-11-18T15:30:00"), "capturista6", "FILING", "CUN-2026-000001", "AUDITORIA");
    read(at("2026-11-18T15:30:00"), "registrador1", "FILING", "CUN-2026-000001", "AUDITORIA");
    long saturday =
        read(at("2026-11-21T11:00:00"), "registrador1", "FILING", "CUN-2026-000001", "AUDITORIA");
    long revolutionDay =
        read(at("2026-11-16T11:00:00"), "registrador2", "FILING", "CUN-2026-000001", "AUDITORIA");
    long night =
        read(at("2026-11-18T23:10:00"), "registrador2", "FILING", "CUN-2026-000001", "AUDITORIA");

    List<Alert> found = detect(AnomalyRule.OUT_OF_HOURS);

    assertThat(found)
        .extracting(Alert::actor, Alert::scope)
        .containsExactlyInAnyOrder(
            tuple("capturista6", "2026-11-18"),
            tuple("registrador1", "2026-11-21"),
            tuple("registrador2", "2026-11-16"),
            tuple("registrador2", "2026-11-18"));
    assertThat(eventIds(only(found, "capturista6"))).containsExactly(lateForCozumel);
    assertThat(found.stream().flatMap(a -> eventIds(a).stream()))
        .containsExactlyInAnyOrder(lateForCozumel, saturday, revolutionDay, night);
  }

  @Test
  void aResolutionMuchFasterThanTheMedianOfItsTypeWithNoReasonIsFlagged() throws Exception {
    Instant now = Instant.now();
    for (int i = 1; i <= 6; i++) {
      resolved(i, now.minus(Duration.ofDays(40 + i)), Duration.ofDays(10), "registrador1", null);
    }
    long fast =
        resolved(7, now.minus(Duration.ofHours(3)), Duration.ofHours(1), "registrador2", null);
    resolved(
        8, now.minus(Duration.ofHours(3)), Duration.ofHours(1), "registrador2", "Orden judicial");
    long examined =
        event(
            now.minus(Duration.ofHours(2)),
            "registrador2",
            "UPDATE",
            "FILING",
            "CUN-2026-000007",
            "SUCCESS",
            null,
            null);
    event(
        now.minus(Duration.ofHours(2)),
        "registrador2",
        "UPDATE",
        "FILING",
        "CUN-2026-000008",
        "SUCCESS",
        null,
        null);

    List<Alert> found = detect(AnomalyRule.FAST_RESOLUTION);

    assertThat(found)
        .singleElement()
        .satisfies(a -> assertThat(a.scope()).isEqualTo("CUN-2026-000007"));
    assertThat(found.get(0).actor()).isEqualTo("registrador2");
    assertThat(found.get(0).summary()).contains("1.0 h").contains("240.0 h");
    assertThat(eventIds(found.get(0))).containsExactly(examined);
    assertThat(fast).isPositive();
  }

  @Test
  void staffActingOnAFilingWhereTheyAreAPartyIsFlagged() throws Exception {
    new SqlStaffDirectory(database.gateway())
        .save(new StaffMember("capturista1", "Carla Gómez", Curp.of(STAFF_CURP), Office.CUN));
    filing(1, "RECEIVED", WORKING_HOURS, null, STAFF_CURP);
    long holderFiling = filing(2, "RECEIVED", WORKING_HOURS, null, "PEHJ900215HQRRRN00");
    database.update(
        "insert into filing.act_holder (filing_id, position, kind, name, curp, share)"
            + " values ("
            + holderFiling
            + ", 1, 'NATURAL', 'Carla Gómez', '"
            + STAFF_CURP
            + "', 100)");
    filing(3, "RECEIVED", WORKING_HOURS, null, "PEHJ900215HQRRRN00");
    long received =
        event(
            WORKING_HOURS,
            "capturista1",
            "CREATE",
            "FILING",
            "CUN-2026-000001",
            "SUCCESS",
            null,
            null);
    long updated =
        event(
            WORKING_HOURS,
            "capturista1",
            "UPDATE",
            "FILING",
            "CUN-2026-000002",
            "SUCCESS",
            null,
            null);
    event(
        WORKING_HOURS, "capturista1", "CREATE", "FILING", "CUN-2026-000003", "SUCCESS", null, null);
    event(
        WORKING_HOURS, "capturista2", "CREATE", "FILING", "CUN-2026-000001", "SUCCESS", null, null);

    List<Alert> found = detect(AnomalyRule.STAFF_AS_PARTY);

    assertThat(found)
        .extracting(Alert::scope)
        .containsExactlyInAnyOrder("CUN-2026-000001", "CUN-2026-000002");
    assertThat(found.stream().flatMap(a -> eventIds(a).stream()))
        .containsExactlyInAnyOrder(received, updated);
    assertThat(found.get(0).summary()).contains("Carla Gómez").contains(STAFF_CURP);
  }

  @Test
  void aRunReadsEachEventOnceLaterEventsJoinTheirAlertAndReviewsAreKept() throws Exception {
    long first = read(WORKING_HOURS, "capturista2", "FOLIO", "CUN-FR-000009", null);
    assertThat(detect(AnomalyRule.UNJUSTIFIED_ACCESS)).hasSize(1);
    long alertId = detect(AnomalyRule.UNJUSTIFIED_ACCESS).get(0).id();
    assertThat(alerts.detect(Instant.now(), Instant.now()).orElseThrow().newAlerts()).isZero();

    long second =
        read(WORKING_HOURS.plusSeconds(30), "capturista2", "FOLIO", "CUN-FR-000009", null);
    List<Alert> found = detect(AnomalyRule.UNJUSTIFIED_ACCESS);

    assertThat(found).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(alertId));
    assertThat(eventIds(found.get(0))).containsExactly(first, second);
    assertThat(found.get(0).status()).isEqualTo(AlertStatus.OPEN);

    alerts.review(
        alertId, AlertStatus.EXPLAINED, "auditor1", Instant.now(), "Atención a un notario.");
    alerts.review(
        alertId, AlertStatus.ESCALATED, "auditor2", Instant.now(), "El notario lo niega.");

    assertThat(alerts.find(alertId).orElseThrow().status()).isEqualTo(AlertStatus.ESCALATED);
    assertThat(alerts.reviews(alertId))
        .extracting(r -> r.position() + " " + r.status() + " " + r.auditor())
        .containsExactly("1 EXPLAINED auditor1", "2 ESCALATED auditor2");
    assertThat(alerts.find(new AlertQuery(AlertStatus.ESCALATED, null, null), 0, 10)).hasSize(1);
    assertThat(alerts.find(new AlertQuery(AlertStatus.OPEN, null, null), 0, 10)).isEmpty();
    assertThat(alerts.count(new AlertQuery(null, AnomalyRule.UNJUSTIFIED_ACCESS, "capturista2")))
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------

  private List<Alert> detect(AnomalyRule rule) {
    writer.appendAndSign(true);
    alerts.detect(Instant.now(), Instant.now()).orElseThrow();
    return alerts.find(new AlertQuery(null, rule, null), 0, 100);
  }

  private List<Long> eventIds(Alert alert) {
    return alerts.events(alert.id(), 1000).stream().map(LoggedEvent::id).toList();
  }

  private static Alert only(List<Alert> found, String actor) {
    return found.stream().filter(a -> a.actor().equals(actor)).findFirst().orElseThrow();
  }

  private static Instant at(String cancunTime) {
    return LocalDateTime.parse(cancunTime).atZone(CANCUN).toInstant();
  }

  private long read(Instant at, String actor, String type, String id, String justification)
      throws SQLException {
    return event(at, actor, "READ", type, id, "SUCCESS", justification, null);
  }

  private void reads(Instant hour, String actor, int count) throws SQLException {
    for (int i = 0; i < count; i++) {
      read(hour.plusSeconds(i), actor, "FOLIO", "CUN-FR-" + i, "ATENCION_AL_PUBLICO");
    }
  }

  private long event(
      Instant at,
      String actor,
      String action,
      String type,
      String resourceId,
      String outcome,
      String justification,
      String detail)
      throws SQLException {
    String roles = actor.replaceAll("[0-9]+$", "");
    return insert(
        "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
            + " resource_type, resource_id, outcome, request_id, justification, detail)"
            + " values (?, ?, ?, '10.0.0.1', ?, ?, ?, ?, 'req', ?, ?) returning id",
        Timestamp.from(at),
        actor,
        roles,
        action,
        type,
        resourceId,
        outcome,
        justification,
        detail);
  }

  private long filing(int sequence, String status, Instant received, String assignedTo, String curp)
      throws SQLException {
    return insert(
        "insert into filing.filing (office, entry_year, entry_sequence, tracking_code,"
            + " procedure_type, applicant_name, applicant_curp, status, received_at, priority_at,"
            + " due_date, term_business_days, assigned_to)"
            + " values ('CUN', 2026, ?, ?, 'COMPRAVENTA', 'Juan Pérez', ?, ?, ?, ?,"
            + " date '2026-12-31', 15, ?) returning id",
        sequence,
        "TRK-" + sequence,
        curp,
        status,
        Timestamp.from(received),
        Timestamp.from(received),
        assignedTo);
  }

  private long resolved(int sequence, Instant received, Duration took, String actor, String reason)
      throws SQLException {
    long id = filing(sequence, "INSCRIBED", received, actor, "PEHJ900215HQRRRN00");
    transition(id, 1, "RECEIVED", "capturista1", received, "Recepción");
    transition(id, 2, "INSCRIBED", actor, received.plus(took), reason);
    return id;
  }

  private void transition(
      long filing, int position, String to, String actor, Instant at, String reason)
      throws SQLException {
    insert(
        "insert into filing.filing_transition (filing_id, position, to_status, actor, occurred_at,"
            + " reason) values (?, ?, ?, ?, ?, ?) returning filing_id",
        filing,
        position,
        to,
        actor,
        Timestamp.from(at),
        reason);
  }

  private String folio(String number) throws SQLException {
    insert(
        "insert into folio.folio (folio_number, kind, office, opened_at, municipality,"
            + " cadastral_key, address, area_m2) values (?, 'PROPERTY', 'CUN', now(), '23005',"
            + " '23-005-001', 'Calle 1', 200) returning id",
        number);
    return number;
  }

  private void filingFolio(long filing, String folio) throws SQLException {
    insert(
        "insert into filing.filing_folio (filing_id, folio_number) values (?, ?)"
            + " returning filing_id",
        filing,
        folio);
  }

  private long insert(String sql, Object... parameters) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
