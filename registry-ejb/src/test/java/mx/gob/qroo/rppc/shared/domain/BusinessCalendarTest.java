package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  // 2026 as seeded by V3__business_calendar.sql
  private static final BusinessCalendar CALENDAR_2026 =
      new BusinessCalendar(
          List.of(
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 2, 2),
              LocalDate.of(2026, 3, 16),
              LocalDate.of(2026, 4, 2),
              LocalDate.of(2026, 4, 3),
              LocalDate.of(2026, 5, 1),
              LocalDate.of(2026, 9, 16),
              LocalDate.of(2026, 11, 2),
              LocalDate.of(2026, 11, 16),
              LocalDate.of(2026, 12, 25)));

  @Test
  void weekdaysAreBusinessDaysUnlessTheyAreHolidays() {
    assertThat(CALENDAR_2026.isBusinessDay(LocalDate.of(2026, 2, 3))).isTrue(); // Tuesday
    assertThat(CALENDAR_2026.isBusinessDay(LocalDate.of(2026, 2, 2))).isFalse(); // Constitución
    assertThat(CALENDAR_2026.isBusinessDay(LocalDate.of(2026, 2, 7))).isFalse(); // Saturday
    assertThat(CALENDAR_2026.isBusinessDay(LocalDate.of(2026, 2, 8))).isFalse(); // Sunday
  }

  @Test
  void weekendsAndHolidaysAreSkipped() {
    // Friday 13 March 2026 + 2: Sat, Sun and Monday 16 (Benito Juárez) do not count
    assertThat(CALENDAR_2026.addBusinessDays(LocalDate.of(2026, 3, 13), 2))
        .isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @Test
  void theStartingDayNeverCounts() {
    LocalDate monday = LocalDate.of(2026, 6, 1);
    assertThat(CALENDAR_2026.addBusinessDays(monday, 1)).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(CALENDAR_2026.addBusinessDays(monday, 0)).isEqualTo(monday);
  }

  @Test
  void fromANonBusinessDayTheFirstBusinessDayAfterIsDayOne() {
    assertThat(CALENDAR_2026.addBusinessDays(LocalDate.of(2026, 6, 6), 1)) // Saturday
        .isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(CALENDAR_2026.addBusinessDays(LocalDate.of(2026, 6, 6), 0))
        .isEqualTo(LocalDate.of(2026, 6, 6));
  }

  @Test
  void aTermEndingAfterEasterSkipsHolyThursdayAndGoodFriday() {
    // Monday 30 March 2026 + 5: Tue 31, Wed 1, (Thu 2, Fri 3, weekend), Mon 6, Tue 7, Wed 8
    assertThat(CALENDAR_2026.addBusinessDays(LocalDate.of(2026, 3, 30), 5))
        .isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void aTermCrossesTheYearEnd() {
    // Thursday 24 Dec 2026 + 3: (Fri 25 Navidad, weekend), Mon 28, Tue 29, Wed 30
    assertThat(CALENDAR_2026.addBusinessDays(LocalDate.of(2026, 12, 24), 3))
        .isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void businessDaysBetweenExcludesTheStartAndIncludesTheEnd() {
    LocalDate monday = LocalDate.of(2026, 3, 30);
    assertThat(CALENDAR_2026.businessDaysBetween(monday, monday)).isZero();
    assertThat(CALENDAR_2026.businessDaysBetween(monday, LocalDate.of(2026, 3, 31))).isEqualTo(1);
    assertThat(CALENDAR_2026.businessDaysBetween(monday, LocalDate.of(2026, 4, 8))).isEqualTo(5);
    assertThat(CALENDAR_2026.businessDaysBetween(LocalDate.of(2026, 4, 8), monday)).isZero();
  }

  @Test
  void businessDaysBetweenUndoesAddBusinessDays() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    for (int days = 0; days <= 260; days++) {
      LocalDate to = CALENDAR_2026.addBusinessDays(from, days);
      assertThat(CALENDAR_2026.businessDaysBetween(from, to)).isEqualTo(days);
    }
  }

  @Test
  void laterChangesToTheGivenHolidaysDoNotLeakIn() {
    List<LocalDate> holidays = new ArrayList<>(List.of(LocalDate.of(2026, 6, 1)));
    BusinessCalendar calendar = new BusinessCalendar(holidays);
    holidays.add(LocalDate.of(2026, 6, 2));

    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 6, 2))).isTrue();
  }

  @Test
  void argumentsAreGuardedInSpanish() {
    assertThatThrownBy(() -> new BusinessCalendar(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("días inhábiles");
    assertThatThrownBy(() -> new BusinessCalendar(Arrays.asList(LocalDate.of(2026, 1, 1), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("día vacío");
    assertThatThrownBy(() -> CALENDAR_2026.addBusinessDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negativos");
    assertThatThrownBy(() -> CALENDAR_2026.addBusinessDays(null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("obligatoria");
    assertThatThrownBy(() -> CALENDAR_2026.isBusinessDay(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CALENDAR_2026.businessDaysBetween(LocalDate.of(2026, 1, 5), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fecha final");
  }
}
