package mx.gob.qroo.rppc.planning.infrastructure;

/**
 * Planning's one view into the cadastre (and, through the parcels' links, into the folios): the
 * statements and fragments that read the cadastre's tables, here and nowhere else in planning. The
 * overlay and the zoning reports are set-based PostGIS work over parcels and zones together, so
 * they read the tables rather than go through the cadastre's services.
 */
final class CadastreReadModel {

  private CadastreReadModel() {}

  /**
   * The parcel version that had the cadastral key on the day (the latest, if it changed that day),
   * else the current one, else the last one: {@code id, municipality, area_m2, valid_from}, for
   * parameters key, day, day.
   */
  static final String PARCEL_ON_DAY =
      "select id, municipality, area_m2, valid_from from cadastre.parcel"
          + " where cadastral_key = ? order by (valid_from::date <= ?"
          + " and (retired_at is null or retired_at::date >= ?)) desc,"
          + " retired_at is null desc, valid_from desc limit 1";

  /** The numbers of the folios covering the parcel of the parameter's id, sorted. */
  static final String FOLIOS_OF_PARCEL =
      "select f.folio_number from cadastre.folio_parcel fp"
          + " join folio.folio f on f.id = fp.folio_id where fp.parcel_id = ?"
          + " order by f.folio_number";

  /** How many municipalities of the loaded INEGI layer have the parameter's code (0 or 1). */
  static final String MUNICIPALITIES_OF_CODE =
      "select count(*) from cadastre.municipality where cvegeo = ?";

  /** Joins the parcels {@code p} that meet the zone {@code z} (through the spatial index). */
  static final String PARCELS_MEETING_ZONE =
      " join cadastre.parcel p on p.geom && z.geom and ST_Intersects(p.geom, z.geom)";
}
