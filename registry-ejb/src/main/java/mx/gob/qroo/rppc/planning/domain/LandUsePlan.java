package mx.gob.qroo.rppc.planning.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of a land-use plan. Versions of the same plan ({@code planKey}) never
 * overlap in validity: publishing a new one closes the one before, which stays queryable.
 */
public record LandUsePlan(
    long id,
    String planKey,
    int version,
    String name,
    PlanKind kind,
    String municipality,
    LocalDate validFrom,
    LocalDate validTo,
    String sourceDocument,
    long importId,
    Instant publishedAt,
    String publishedBy,
    int zones) {

  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
