package mx.gob.qroo.rppc.shared.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Business days (días hábiles) for legal terms: Monday to Friday minus the official holidays it is
 * given. The holidays are data (table {@code shared.holiday}); a holiday that was never loaded
 * counts as a business day, so build the calendar from a range that covers the whole term. A year
 * with no holiday at all has not been loaded (every year has official holidays): {@link
 * #unloadedYears} names those a term runs through, so that what was assumed is said, not hidden.
 */
public final class BusinessCalendar {

  private final Set<LocalDate> holidays;
  private final Set<Integer> loadedYears;

  public BusinessCalendar(Collection<LocalDate> holidays) {
    if (holidays == null) {
      throw new IllegalArgumentException("la lista de días inhábiles es obligatoria");
    }
    Set<LocalDate> copy = new HashSet<>();
    for (LocalDate holiday : holidays) {
      if (holiday == null) {
        throw new IllegalArgumentException("la lista de días inhábiles contiene un día vacío");
      }
      copy.add(holiday);
    }
    this.holidays = Set.copyOf(copy);
    Set<Integer> years = new HashSet<>();
    copy.forEach(day -> years.add(day.getYear()));
    this.loadedYears = Set.copyOf(years);
  }

  /**
   * The years from {@code from}'s to {@code to}'s whose holidays were never loaded: their weekdays
   * all count as business days, which may not be so.
   */
  public List<Integer> unloadedYears(LocalDate from, LocalDate to) {
    required(from, "la fecha inicial");
    required(to, "la fecha final");
    List<Integer> unloaded = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!loadedYears.contains(year)) {
        unloaded.add(year);
      }
    }
    return unloaded;
  }

  public boolean isBusinessDay(LocalDate day) {
    required(day, "el día");
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * The day that is {@code days} business days after {@code from}. {@code from} itself never
   * counts, even when it is a business day: a term starts running the day after the act.
   */
  public LocalDate addBusinessDays(LocalDate from, int days) {
    required(from, "la fecha inicial");
    if (days < 0) {
      throw new IllegalArgumentException("los días hábiles no pueden ser negativos: " + days);
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Business days in {@code (fromExclusive, toInclusive]}; 0 when {@code to} is not after it. */
  public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    required(fromExclusive, "la fecha inicial");
    required(toInclusive, "la fecha final");
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }

  private static void required(LocalDate day, String what) {
    if (day == null) {
      throw new IllegalArgumentException(what + " es obligatoria");
    }
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + holidays.size() + " días inhábiles]";
  }
}
