package mx.gob.qroo.rppc.filing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.MonthlyStatistic;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open data's figures from filings with known dates, on the seeded calendar: Monday 16 November
 * 2026 is a federal holiday.
 */
class FilingStatisticsDbIT {

  private static final ZoneId CANCUN = ZoneId.of("America/Cancun");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private TestDatabase database;
  private int sequence;

  @BeforeEach
  void filingsOfOctoberAndNovember() throws SQLException {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());
    // Fri 13 → Wed 18 Nov: Tue 17 and Wed 18 (Mon 16 is a holiday), 2 business days, on time
    filing("CUN", "COMPRAVENTA", "2026-11-13", "2026-12-04", "INSCRIBED", "2026-11-18");
    // Mon 2 → Fri 20 Nov: 4 + 5 + 4 business days = 13, after its due date
    filing("CUN", "COMPRAVENTA", "2026-11-02", "2026-11-19", "DENIED", "2026-11-20");
    // pending at the end of November
    filing("CUN", "COMPRAVENTA", "2026-11-10", "2026-12-01", null, null);
    // received in October, withdrawn in November: backlog of October only
    filing("CUN", "COMPRAVENTA", "2026-10-30", "2026-11-20", "WITHDRAWN", "2026-11-05");
    // another office and type: 1 business day
    filing("PDC", "HIPOTECA", "2026-11-03", "2026-11-24", "INSCRIBED", "2026-11-04");
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void countsBusinessDaysPercentilesTheShareOnTimeAndTheBacklogPerMonth() {
    List<MonthlyStatistic> rows = new SqlFilingStatistics(database.gateway()).monthly();

    MonthlyStatistic sales = row(rows, NOVEMBER, "CUN", "COMPRAVENTA");
    assertThat(sales.received()).isEqualTo(3);
    assertThat(sales.resolved()).isEqualTo(2);
    assertThat(sales.medianBusinessDays()).isEqualTo(7.5);
    assertThat(sales.p90BusinessDays()).isCloseTo(11.9, within(1e-9));
    assertThat(sales.onTimeShare()).isEqualTo(0.5);
    assertThat(sales.backlog()).isEqualTo(1);

    MonthlyStatistic october = row(rows, OCTOBER, "CUN", "COMPRAVENTA");
    assertThat(october.received()).isEqualTo(1);
    assertThat(october.resolved()).isZero();
    assertThat(october.medianBusinessDays()).isNull();
    assertThat(october.onTimeShare()).isNull();
    assertThat(october.backlog()).isEqualTo(1);

    MonthlyStatistic mortgages = row(rows, NOVEMBER, "PDC", "HIPOTECA");
    assertThat(mortgages.procedureTypeName()).isNotBlank();
    assertThat(mortgages.medianBusinessDays()).isEqualTo(1.0);
    assertThat(mortgages.onTimeShare()).isEqualTo(1.0);
    assertThat(mortgages.backlog()).isZero();
    // every office and type that had a filing gets every month, so a series has no gaps
    assertThat(row(rows, OCTOBER, "PDC", "HIPOTECA").received()).isZero();
    assertThat(rows.get(0).month()).isEqualTo(OCTOBER);
  }

  private static MonthlyStatistic row(
      List<MonthlyStatistic> rows, YearMonth month, String office, String type) {
    return rows.stream()
        .filter(r -> r.month().equals(month) && r.office().equals(office))
        .filter(r -> r.procedureType().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + month + " " + office + " " + type));
  }

  private void filing(
      String office, String type, String received, String due, String outcome, String decided)
      throws SQLException {
    sequence++;
    Instant at = tenInTheMorning(received);
    String status = outcome == null ? "RECEIVED" : outcome;
    try (Connection c = database.connect()) {
      long id;
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into filing.filing (office, entry_year, entry_sequence, tracking_code,"
                  + " procedure_type, applicant_name, applicant_curp, status, received_at,"
                  + " priority_at, due_date, term_business_days)"
                  + " values (?, 2026, ?, ?, ?, 'Juan Pérez', 'PEHJ900215HQRRRN00', ?, ?, ?, ?,"
                  + " 15) returning id")) {
        s.setString(1, office);
        s.setInt(2, sequence);
        s.setString(3, "STAT-" + sequence);
        s.setString(4, type);
        s.setString(5, status);
        s.setTimestamp(6, Timestamp.from(at));
        s.setTimestamp(7, Timestamp.from(at));
        s.setObject(8, LocalDate.parse(due));
        var r = s.executeQuery();
        r.next();
        id = r.getLong(1);
      }
      transition(c, id, 0, "RECEIVED", at);
      if (outcome != null) {
        transition(c, id, 1, outcome, tenInTheMorning(decided));
      }
    }
  }

  private static void transition(Connection c, long filing, int position, String to, Instant at)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into filing.filing_transition (filing_id, position, to_status, actor,"
                + " occurred_at) values (?, ?, ?, 'registrador1', ?)")) {
      s.setLong(1, filing);
      s.setInt(2, position);
      s.setString(3, to);
      s.setTimestamp(4, Timestamp.from(at));
      s.executeUpdate();
    }
  }

  private static Instant tenInTheMorning(String day) {
    return LocalDateTime.parse(day + "T10:00:00").atZone(CANCUN).toInstant();
  }
}
