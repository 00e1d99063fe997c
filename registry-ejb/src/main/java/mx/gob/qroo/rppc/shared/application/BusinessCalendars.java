package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import mx.gob.qroo.rppc.shared.domain.BusinessCalendar;
import mx.gob.qroo.rppc.shared.domain.HolidayRepository;

/** The business calendar around a day, from the holidays table (data the admin maintains). */
@ApplicationScoped
public class BusinessCalendars {

  @Inject HolidayRepository holidays;

  /** Holidays from a year before to two years after the day: enough for any legal term. */
  public BusinessCalendar around(LocalDate day) {
    return new BusinessCalendar(holidays.between(day.minusYears(1), day.plusYears(2)));
  }
}
