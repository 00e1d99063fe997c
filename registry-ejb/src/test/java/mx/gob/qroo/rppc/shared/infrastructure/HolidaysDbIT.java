package mx.gob.qroo.rppc.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.qroo.rppc.testing.OneTransaction;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HolidaysDbIT {

  private static final List<Integer> SEEDED_YEARS = List.of(2025, 2026, 2027);

  private TestDatabase database;
  private EntityManagerFactory emf;
  private EntityManager em;

  @BeforeEach
  void migratedDatabase() {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());
    emf = database.entityManagerFactory();
    em = emf.createEntityManager();
  }

  @AfterEach
  void drop() {
    if (em != null) {
      em.close();
    }
    if (emf != null) {
      emf.close();
    }
    database.close();
  }

  @Test
  void theSeedHasThe2026FederalMondays() throws SQLException {
    Map<LocalDate, String> seed = seededScopes();

    assertThat(seed)
        .containsEntry(LocalDate.of(2026, 2, 2), "FEDERAL")
        .containsEntry(LocalDate.of(2026, 3, 16), "FEDERAL")
        .containsEntry(LocalDate.of(2026, 11, 16), "FEDERAL")
        .containsEntry(LocalDate.of(2026, 4, 2), "STATE")
        .containsEntry(LocalDate.of(2026, 4, 3), "STATE")
        .doesNotContainKey(LocalDate.of(2026, 12, 12));
  }

  @Test
  void betweenReturnsTheHolidaysOfTheRangeInOrderWithBothEndsIncluded() {
    SqlHolidayRepository repository = new SqlHolidayRepository(OneTransaction.catalogueCache(em));

    assertThat(repository.between(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 16)))
        .containsExactly(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 16));
    assertThat(repository.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .hasSize(10)
        .isSorted()
        .contains(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 25));
    assertThat(repository.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))).isEmpty();
    assertThat(repository.between(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void everyMondayRuleDayIsTheRightMondayAndNoMovableHolidayFallsOnAWeekend() throws SQLException {
    Map<LocalDate, String> seed = seededScopes();

    for (int year : SEEDED_YEARS) {
      List<LocalDate> mondayRule =
          List.of(
              nthMonday(year, Month.FEBRUARY, 1),
              nthMonday(year, Month.MARCH, 3),
              nthMonday(year, Month.NOVEMBER, 3));
      assertThat(seed).containsKeys(mondayRule.toArray(LocalDate[]::new));
      assertThat(mondayRule)
          .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));

      LocalDate easter = easterSunday(year);
      assertThat(seed).containsKeys(easter.minusDays(3), easter.minusDays(2));
    }

    // Only the fixed-date days may land on a weekend (they are not moved to a Monday by law).
    List<LocalDate> onWeekends = new ArrayList<>();
    for (LocalDate day : seed.keySet()) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        onWeekends.add(day);
      }
    }
    assertThat(onWeekends)
        .allSatisfy(
            d ->
                assertThat(d.getMonthValue() * 100 + d.getDayOfMonth())
                    .isIn(101, 501, 916, 1102, 1225));
  }

  @Test
  void theSeedCoversExactlyTenDaysPerYear() throws SQLException {
    Map<LocalDate, String> seed = seededScopes();

    for (int year : SEEDED_YEARS) {
      assertThat(seed.keySet().stream().filter(d -> d.getYear() == year)).hasSize(10);
    }
  }

  private Map<LocalDate, String> seededScopes() throws SQLException {
    Map<LocalDate, String> seed = new TreeMap<>();
    try (Connection c = database.connect();
        ResultSet rs = c.createStatement().executeQuery("select day, scope from shared.holiday")) {
      while (rs.next()) {
        seed.put(rs.getDate(1).toLocalDate(), rs.getString(2));
      }
    }
    return seed;
  }

  private static LocalDate nthMonday(int year, Month month, int n) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the seed it checks. */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
