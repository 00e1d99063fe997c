package mx.gob.qroo.rppc.spatial.domain;

/**
 * The spatial layers an import can feed: the INEGI boundaries the registry checks parcels against
 * (Marco Geoestadístico), the cadastral parcels themselves, and the zones of land-use plans. Each
 * comes with the field mapping of its usual source; an import may name other fields.
 */
public enum SpatialLayer {
  /** Municipal boundaries (AGEM): key {@code cvegeo} (5 digits), name {@code nom_agem}. */
  MUNICIPALITIES(new FieldMapping("cvegeo", "nom_agem"), "^[0-9]{5}$"),
  /** Locality polygons (AGLOC): key {@code cvegeo} (9 digits), name {@code nom_loc}. */
  LOCALITIES(new FieldMapping("cvegeo", "nom_loc"), "^[0-9]{9}$"),
  /**
   * Cadastral parcels (predios): key the cadastral key (digits, capitals and dashes), no name; the
   * municipality is the INEGI one that contains the parcel.
   */
  PARCELS(new FieldMapping("clave_catastral", null), "^[0-9A-Z][0-9A-Z-]{3,39}$"),
  /**
   * Zones of a land-use plan (zonas secundarias of a PDU, UGAs of a POEL): key the zone's code
   * ({@code clave}), name {@code nombre}. Several features may share a code: they are one zone.
   */
  ZONES(new FieldMapping("clave", "nombre"), "^[0-9A-Z][0-9A-Z./ -]{0,23}$");

  private final FieldMapping defaultMapping;
  private final String keyPattern;

  SpatialLayer(FieldMapping defaultMapping, String keyPattern) {
    this.defaultMapping = defaultMapping;
    this.keyPattern = keyPattern;
  }

  public FieldMapping defaultMapping() {
    return defaultMapping;
  }

  /** The form of a feature's key, as a PostgreSQL regular expression. */
  public String keyPattern() {
    return keyPattern;
  }

  /** Whether each feature has a key of its own (a zone's code may cover several features). */
  public boolean uniqueKeys() {
    return this != ZONES;
  }

  /** Whether each feature must carry a name (boundaries do; parcels have none). */
  public boolean named() {
    return defaultMapping.nameField() != null;
  }
}
