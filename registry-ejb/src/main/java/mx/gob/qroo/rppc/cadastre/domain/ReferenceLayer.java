package mx.gob.qroo.rppc.cadastre.domain;

/**
 * The INEGI boundary layers the registry checks parcels against (Marco Geoestadístico). Each comes
 * with the field mapping of INEGI's own files; an import may name other fields.
 */
public enum ReferenceLayer {
  /** Municipal boundaries (AGEM): key {@code cvegeo} (5 digits), name {@code nom_agem}. */
  MUNICIPALITIES(new FieldMapping("cvegeo", "nom_agem"), "^[0-9]{5}$"),
  /** Locality polygons (AGLOC): key {@code cvegeo} (9 digits), name {@code nom_loc}. */
  LOCALITIES(new FieldMapping("cvegeo", "nom_loc"), "^[0-9]{9}$");

  private final FieldMapping defaultMapping;
  private final String keyPattern;

  ReferenceLayer(FieldMapping defaultMapping, String keyPattern) {
    this.defaultMapping = defaultMapping;
    this.keyPattern = keyPattern;
  }

  public FieldMapping defaultMapping() {
    return defaultMapping;
  }

  /** The form of a feature's INEGI key, as a PostgreSQL regular expression. */
  public String keyPattern() {
    return keyPattern;
  }
}
