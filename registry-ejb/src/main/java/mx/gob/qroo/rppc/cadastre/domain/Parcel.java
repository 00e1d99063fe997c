package mx.gob.qroo.rppc.cadastre.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Predio (LADM LA_SpatialUnit): one version of a cadastral parcel, with its area in m² (EPSG:6371),
 * the instant it took effect, and, once a resurvey, subdivision or merger replaced it, when and
 * why; and the property folios that cover it. Its geometry stays in PostGIS.
 */
public record Parcel(
    long id,
    String cadastralKey,
    BigDecimal areaM2,
    Instant validFrom,
    Instant retiredAt,
    String retiredReason,
    List<String> folioNumbers) {

  public Parcel {
    folioNumbers = List.copyOf(folioNumbers);
  }
}
