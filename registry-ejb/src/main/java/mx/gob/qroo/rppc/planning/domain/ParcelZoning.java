package mx.gob.qroo.rppc.planning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the plans in force on a day say about a parcel: each zone it falls in, the area of the
 * parcel inside the zone and its share, largest first; and the folios that cover the parcel.
 */
public record ParcelZoning(
    String cadastralKey,
    String municipality,
    BigDecimal areaM2,
    Instant parcelValidFrom,
    LocalDate date,
    List<ZoneShare> zones,
    List<String> folioNumbers) {

  /** A zone of a plan version in force and how much of the parcel lies in it. */
  public record ZoneShare(LandUsePlan plan, PlanZone zone, BigDecimal areaM2, BigDecimal share) {}
}
