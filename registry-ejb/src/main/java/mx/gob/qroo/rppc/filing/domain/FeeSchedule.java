package mx.gob.qroo.rppc.filing.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The fee catalogue (tarifa de derechos) and the UMA values it is priced with. */
public interface FeeSchedule {

  /**
   * The rule in force for a procedure type on a reception day (in America/Cancun): the one with the
   * latest {@code validFrom} not after that day. Empty when the type has no rule yet on that day.
   */
  Optional<FeeRule> ruleFor(String procedureTypeCode, LocalDate receptionDay);

  /**
   * The UMA of a year. Which year applies to a reception day is {@link Uma#yearInForceOn}: the new
   * value takes effect on February 1, not January 1.
   */
  Optional<Uma> umaFor(int year);
}
