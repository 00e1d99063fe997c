package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalTermTest {

  private static final BusinessCalendar CALENDAR =
      new BusinessCalendar(
          List.of(
              LocalDate.of(2026, 4, 2), // Jueves Santo
              LocalDate.of(2026, 4, 3), // Viernes Santo
              LocalDate.of(2026, 5, 1))); // Día del Trabajo

  // Monday 8 June 2026, no holidays in the next weeks
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

  @Test
  void theDueDateIsTheLastBusinessDayOfTheTerm() {
    LegalTerm term = LegalTerm.starting(MONDAY, 10, CALENDAR);

    assertThat(term.start()).isEqualTo(MONDAY);
    assertThat(term.businessDays()).isEqualTo(10);
    assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 6, 22));
  }

  @Test
  void aTermEndingAfterEasterSkipsHolyThursdayAndGoodFriday() {
    LegalTerm term = LegalTerm.starting(LocalDate.of(2026, 3, 30), 5, CALENDAR);

    assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void aFilingReceivedOnAHolidayCountsFromTheNextBusinessDay() {
    // received on Friday 1 May (holiday): counts as received Monday 4 May, day 1 is Tuesday 5
    LegalTerm term = LegalTerm.starting(LocalDate.of(2026, 5, 1), 1, CALENDAR);

    assertThat(term.start()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 5, 5));
  }

  @Test
  void aFilingReceivedOnASaturdayCountsFromMonday() {
    LegalTerm term = LegalTerm.starting(LocalDate.of(2026, 6, 6), 5, CALENDAR);

    assertThat(term.start()).isEqualTo(MONDAY);
    assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void theFirstFourFifthsOfTheTermAreOnTime() {
    LegalTerm term = LegalTerm.starting(MONDAY, 10, CALENDAR);

    assertThat(term.stateOn(MONDAY, CALENDAR)).isEqualTo(TermState.ON_TIME);
    // 7 business days elapsed on Wednesday 17 June
    assertThat(term.stateOn(LocalDate.of(2026, 6, 17), CALENDAR)).isEqualTo(TermState.ON_TIME);
  }

  @Test
  void lastFifthOfTheTermIsAtRisk() {
    LegalTerm term = LegalTerm.starting(MONDAY, 10, CALENDAR);

    // 8 of 10 business days elapsed on Thursday 18 June: exactly 80 % is already at risk
    assertThat(term.stateOn(LocalDate.of(2026, 6, 18), CALENDAR)).isEqualTo(TermState.AT_RISK);
    // the weekend before the due date keeps the count of Friday (9 of 10)
    assertThat(term.stateOn(LocalDate.of(2026, 6, 20), CALENDAR)).isEqualTo(TermState.AT_RISK);
    assertThat(term.stateOn(term.dueDate(), CALENDAR)).isEqualTo(TermState.AT_RISK);
  }

  @Test
  void aShortTermIsAtRiskOnlyOnItsLastDays() {
    // 3 days: 80 % is 2.4, so only day 3 (the due date) is at risk
    LegalTerm term = LegalTerm.starting(MONDAY, 3, CALENDAR);

    assertThat(term.stateOn(LocalDate.of(2026, 6, 10), CALENDAR)).isEqualTo(TermState.ON_TIME);
    assertThat(term.stateOn(LocalDate.of(2026, 6, 11), CALENDAR)).isEqualTo(TermState.AT_RISK);
  }

  @Test
  void dayAfterTheDueDateIsOverdue() {
    LegalTerm term = LegalTerm.starting(MONDAY, 10, CALENDAR);

    assertThat(term.stateOn(term.dueDate().plusDays(1), CALENDAR)).isEqualTo(TermState.OVERDUE);
    assertThat(term.stateOn(term.dueDate().plusYears(1), CALENDAR)).isEqualTo(TermState.OVERDUE);
  }

  @Test
  void theCalendarDayAfterAFridayDueDateIsOverdueEvenOnAWeekend() {
    LegalTerm endingOnFriday = LegalTerm.starting(LocalDate.of(2026, 6, 5), 5, CALENDAR);
    assertThat(endingOnFriday.dueDate()).isEqualTo(LocalDate.of(2026, 6, 12));
    assertThat(endingOnFriday.stateOn(LocalDate.of(2026, 6, 13), CALENDAR))
        .isEqualTo(TermState.OVERDUE);
  }

  @Test
  void beforeTheTermStartsItIsOnTime() {
    LegalTerm term = LegalTerm.starting(MONDAY, 10, CALENDAR);

    assertThat(term.stateOn(MONDAY.minusDays(3), CALENDAR)).isEqualTo(TermState.ON_TIME);
  }

  @Test
  void statesHaveSpanishLabels() {
    assertThat(TermState.ON_TIME.label()).isEqualTo("En tiempo");
    assertThat(TermState.AT_RISK.label()).isEqualTo("Por vencer");
    assertThat(TermState.OVERDUE.label()).isEqualTo("Vencido");
  }

  @Test
  void anInconsistentTermIsRejected() {
    assertThatThrownBy(() -> new LegalTerm(null, 5, MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inicio");
    assertThatThrownBy(() -> new LegalTerm(MONDAY, 5, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vencimiento");
    assertThatThrownBy(() -> new LegalTerm(MONDAY, 0, MONDAY.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("al menos un día hábil");
    assertThatThrownBy(() -> new LegalTerm(MONDAY, 5, MONDAY.plusDays(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no puede vencer");
    assertThatThrownBy(() -> LegalTerm.starting(MONDAY, 5, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendario");
    assertThatThrownBy(() -> LegalTerm.starting(MONDAY, 10, CALENDAR).stateOn(null, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTermIntoAYearWhoseHolidaysAreNotLoadedSaysSoOnTheReceipt() {
    BusinessCalendar onlyThisYear =
        new BusinessCalendar(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 11, 16)));
    LegalTerm withinTheYear = LegalTerm.starting(LocalDate.of(2026, 11, 2), 10, onlyThisYear);
    assertThat(withinTheYear.assumption(onlyThisYear)).isNull();

    // 1 January 2027 is a holiday, but 2027 was never loaded: it counts, and the receipt says so
    LegalTerm intoTheNext = LegalTerm.starting(LocalDate.of(2026, 12, 21), 10, onlyThisYear);
    assertThat(intoTheNext.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(intoTheNext.assumption(onlyThisYear))
        .contains("sin los días inhábiles de 2027", "aún no están cargados");
    assertThat(onlyThisYear.unloadedYears(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 1, 1)))
        .containsExactly(2025, 2027);
  }
}
