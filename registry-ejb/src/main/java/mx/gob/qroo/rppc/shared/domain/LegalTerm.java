package mx.gob.qroo.rppc.shared.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A legal term (plazo) of some business days: it runs from the day after {@code start} and ends on
 * {@code dueDate}, the last business day on which the registry is still on time.
 *
 * @param start the day the term counts from; never itself counted
 * @param businessDays the length of the term, at least 1
 * @param dueDate the last day of the term
 */
public record LegalTerm(LocalDate start, int businessDays, LocalDate dueDate) {

  /**
   * The term is at risk once this fraction of it has elapsed (elapsed ≥ 80 %): integer arithmetic
   * (elapsed × 5 ≥ days × 4) so that a 10-day term turns at exactly day 8, with no rounding.
   */
  private static final int AT_RISK_NUMERATOR = 4;

  private static final int AT_RISK_DENOMINATOR = 5;

  public LegalTerm {
    if (start == null) {
      throw new IllegalArgumentException("la fecha de inicio del plazo es obligatoria");
    }
    if (dueDate == null) {
      throw new IllegalArgumentException("la fecha de vencimiento del plazo es obligatoria");
    }
    if (businessDays < 1) {
      throw new IllegalArgumentException(
          "el plazo debe ser de al menos un día hábil: " + businessDays);
    }
    // The calendar is not at hand here; at least a term cannot end before it has had room to run.
    if (ChronoUnit.DAYS.between(start, dueDate) < businessDays) {
      throw new IllegalArgumentException(
          "un plazo de "
              + businessDays
              + " días hábiles no puede vencer el "
              + dueDate
              + " si inicia el "
              + start);
    }
  }

  /**
   * The term of a filing received on {@code received}. A filing received on a non-business day
   * (weekend or holiday, e.g. online) counts as received on the next business day, so the term
   * starts from there instead of gaining the business day that follows.
   */
  public static LegalTerm starting(
      LocalDate received, int businessDays, BusinessCalendar calendar) {
    if (received == null) {
      throw new IllegalArgumentException("la fecha de recepción es obligatoria");
    }
    if (calendar == null) {
      throw new IllegalArgumentException("el calendario de días hábiles es obligatorio");
    }
    if (businessDays < 1) {
      throw new IllegalArgumentException(
          "el plazo debe ser de al menos un día hábil: " + businessDays);
    }
    LocalDate start =
        calendar.isBusinessDay(received) ? received : calendar.addBusinessDays(received, 1);
    return new LegalTerm(start, businessDays, calendar.addBusinessDays(start, businessDays));
  }

  /**
   * What the receipt must say when the term runs through a year whose holidays were never loaded
   * (its weekdays were all counted as business days), or null when every year it spans is loaded.
   */
  public String assumption(BusinessCalendar calendar) {
    List<Integer> unloaded = calendar.unloadedYears(start, dueDate);
    if (unloaded.isEmpty()) {
      return null;
    }
    String years = String.join(", ", unloaded.stream().map(String::valueOf).toList());
    return "El plazo se contó sin los días inhábiles de "
        + years
        + ", que aún no están cargados: se tomaron como hábiles todos los días de lunes a"
        + " viernes de ese año, y el vencimiento puede ser posterior.";
  }

  /**
   * On time, at risk in the last fifth of the term (elapsed business days ≥ 80 %, the due date
   * included), overdue from the calendar day after the due date, weekend or not.
   */
  public TermState stateOn(LocalDate today, BusinessCalendar calendar) {
    if (today == null) {
      throw new IllegalArgumentException("la fecha de consulta es obligatoria");
    }
    if (calendar == null) {
      throw new IllegalArgumentException("el calendario de días hábiles es obligatorio");
    }
    if (today.isAfter(dueDate)) {
      return TermState.OVERDUE;
    }
    int elapsed = calendar.businessDaysBetween(start, today);
    return elapsed * AT_RISK_DENOMINATOR >= businessDays * AT_RISK_NUMERATOR
        ? TermState.AT_RISK
        : TermState.ON_TIME;
  }
}
