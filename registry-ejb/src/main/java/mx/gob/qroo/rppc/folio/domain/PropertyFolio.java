package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;

/** Folio real electrónico: one real property. */
@Entity
@DiscriminatorValue("PROPERTY")
public class PropertyFolio extends Folio {

  @Column(name = "municipality", length = 5)
  private String municipality;

  @Column(name = "cadastral_key", length = 40)
  private String cadastralKey;

  @Column(name = "address")
  private String address;

  @Column(name = "area_m2", precision = 14, scale = 2)
  private BigDecimal areaM2;

  protected PropertyFolio() {}

  public PropertyFolio(
      FolioNumber number,
      Instant openedAt,
      Municipality municipality,
      String cadastralKey,
      String address,
      BigDecimal areaM2) {
    super(number, openedAt);
    if (number.kind() != FolioKind.PROPERTY) {
      throw new IllegalArgumentException("un folio real lleva número FR");
    }
    if (cadastralKey == null || cadastralKey.isBlank() || address == null || address.isBlank()) {
      throw new IllegalArgumentException("el folio real necesita clave catastral y ubicación");
    }
    if (areaM2 == null || areaM2.signum() <= 0) {
      throw new IllegalArgumentException("la superficie debe ser mayor que cero");
    }
    this.municipality = municipality.cvegeo();
    this.cadastralKey = cadastralKey.trim();
    this.address = address.trim();
    this.areaM2 = areaM2;
  }

  @Override
  public FolioKind kind() {
    return FolioKind.PROPERTY;
  }

  public Municipality municipality() {
    return Municipality.of(municipality);
  }

  public String cadastralKey() {
    return cadastralKey;
  }

  public String address() {
    return address;
  }

  public BigDecimal areaM2() {
    return areaM2;
  }
}
