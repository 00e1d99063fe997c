package mx.gob.qroo.rppc.shared.domain;

import java.time.LocalDate;
import java.util.List;

/** The official non-working days, kept as data by the administrator (table shared.holiday). */
public interface HolidayRepository {

  /** Holidays in {@code [fromInclusive, toInclusive]}, oldest first; empty when to < from. */
  List<LocalDate> between(LocalDate fromInclusive, LocalDate toInclusive);
}
