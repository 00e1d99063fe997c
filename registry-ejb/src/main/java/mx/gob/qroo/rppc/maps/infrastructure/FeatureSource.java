package mx.gob.qroo.rppc.maps.infrastructure;

import mx.gob.qroo.rppc.maps.domain.MapCollection;

/**
 * Where a collection's features come from, as SQL over the alias {@code t} (whose {@code geom} is
 * in EPSG:6371): the rows ({@code from} and {@code where}), the feature id (unique, and the order
 * of the pages), the properties as a jsonb expression, and whether counting the matches is cheap.
 */
record FeatureSource(
    MapCollection collection,
    String from,
    String where,
    String id,
    String properties,
    boolean countable) {

  static final String MUNICIPALITIES = "municipalities";
  static final String PARCELS = "parcels";
  static final String ZONES_PREFIX = "zones-";

  /** Pending statuses of a filing, as an SQL list. */
  private static final String PENDING = "('RECEIVED', 'ASSIGNED', 'IN_EXAMINATION', 'SUSPENDED')";

  static FeatureSource municipalities(double[] extent) {
    return new FeatureSource(
        new MapCollection(
            MUNICIPALITIES,
            "Municipios de Quintana Roo",
            "Límites municipales del INEGI (AGEM). Fuente: INEGI, Marco Geoestadístico.",
            false,
            extent),
        "cadastre.municipality t",
        "true",
        "t.cvegeo",
        "jsonb_build_object('cvegeo', t.cvegeo, 'nombre', t.name)",
        true);
  }

  /**
   * Current parcels, with the folios that cover them and their pending filings: no personal data.
   */
  static FeatureSource parcels(double[] extent) {
    return new FeatureSource(
        new MapCollection(
            PARCELS,
            "Predios",
            "Predios vigentes del catastro (EPSG:6371) con sus folios reales y trámites pendientes."
                + " Sin datos personales; requiere autenticación.",
            true,
            extent),
        "cadastre.parcel t",
        "t.retired_at is null",
        "t.cadastral_key",
        "jsonb_build_object('clave_catastral', t.cadastral_key, 'municipio', t.municipality,"
            + " 'area_m2', t.area_m2, 'vigente_desde', t.valid_from,"
            + " 'folios', coalesce((select string_agg(f.folio_number, ', ' order by f.folio_number)"
            + " from cadastre.folio_parcel fp join folio.folio f on f.id = fp.folio_id"
            + " where fp.parcel_id = t.id), ''),"
            + " 'tramites_pendientes', (select count(distinct ff.filing_id)"
            + " from cadastre.folio_parcel fp join folio.folio f on f.id = fp.folio_id"
            + " join filing.filing_folio ff on ff.folio_number = f.folio_number"
            + " join filing.filing fi on fi.id = ff.filing_id"
            + " where fp.parcel_id = t.id and fi.status in "
            + PENDING
            + "))",
        false);
  }

  /** The zones of one plan version and their norms. */
  static FeatureSource zones(long planId, String collectionId, String title, double[] extent) {
    return new FeatureSource(
        new MapCollection(
            collectionId,
            title,
            "Zonas del plan con sus normas (usos, densidad, COS, CUS, altura, política de UGA)."
                + " Información pública.",
            false,
            extent),
        "planning.plan_zone t join planning.land_use_plan l on l.id = t.plan_id",
        "t.plan_id = " + planId,
        "t.code",
        "jsonb_strip_nulls(jsonb_build_object('clave', t.code, 'nombre', t.name,"
            + " 'plan', l.plan_key, 'version', l.version, 'tipo', l.kind,"
            + " 'vigente_desde', l.valid_from, 'vigente_hasta', l.valid_to,"
            + " 'usos_permitidos', nullif(array_to_string(t.allowed_uses, '; '), ''),"
            + " 'usos_condicionados', nullif(array_to_string(t.conditional_uses, '; '), ''),"
            + " 'usos_prohibidos', nullif(array_to_string(t.prohibited_uses, '; '), ''),"
            + " 'densidad_viv_ha', t.density_du_ha, 'cos', t.cos, 'cus', t.cus,"
            + " 'altura_max_m', t.max_height_m, 'politica', t.uga_policy,"
            + " 'criterios', nullif(array_to_string(t.criteria, '; '), ''), 'area_m2', t.area_m2))",
        true);
  }
}
