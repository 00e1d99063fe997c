package mx.gob.qroo.rppc.filing.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the administrator must load before it is needed, said ahead of time: the official holidays
 * of this year and, from {@link #HOLIDAYS_AHEAD_DAYS} days before it, of the next one (a term
 * received in December runs into January); the UMA in force today (published each January, in force
 * from February). Without them terms count every weekday and fees use last year's UMA: both said on
 * the receipt, and here before it comes to that.
 */
public final class CatalogueReadiness {

  /** How long before a year begins its holidays are asked for. */
  public static final int HOLIDAYS_AHEAD_DAYS = 90;

  private CatalogueReadiness() {}

  /** The warnings for {@code today}, most urgent first; empty when everything is loaded. */
  public static List<String> warnings(
      LocalDate today, Set<Integer> holidayYears, Set<Integer> umaYears) {
    List<String> warnings = new ArrayList<>();
    int year = today.getYear();
    if (!holidayYears.contains(year)) {
      warnings.add(
          "Faltan los días inhábiles de "
              + year
              + ": los plazos de este año se cuentan de lunes a viernes y cada acuse lo advierte.");
    }
    LocalDate nextYear = LocalDate.of(year + 1, 1, 1);
    long left = ChronoUnit.DAYS.between(today, nextYear);
    if (left <= HOLIDAYS_AHEAD_DAYS && !holidayYears.contains(year + 1)) {
      warnings.add(
          "Cargue los días inhábiles de "
              + (year + 1)
              + " antes del 1 de enero (faltan "
              + left
              + " días): los plazos que se reciban en diciembre ya corren en ese año.");
    }
    int inForce = Uma.yearInForceOn(today);
    if (!umaYears.contains(inForce)) {
      warnings.add(
          "Falta la UMA de "
              + inForce
              + ": los derechos se calculan con la de "
              + (inForce - 1)
              + " y cada acuse lo advierte.");
    }
    return warnings;
  }
}
