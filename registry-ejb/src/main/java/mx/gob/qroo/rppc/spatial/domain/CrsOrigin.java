package mx.gob.qroo.rppc.spatial.domain;

/** Where the coordinate reference system of an imported layer was read from. */
public enum CrsOrigin {
  /** The shapefile's .prj. */
  PRJ,
  /** The GeoPackage's spatial reference system table. */
  GEOPACKAGE,
  /** The non-standard {@code crs} member INEGI puts on every geometry of its GeoJSON files. */
  GEOJSON_GEOMETRY_CRS,
  /** The (pre-RFC 7946) {@code crs} member of the FeatureCollection. */
  GEOJSON_COLLECTION_CRS,
  /** A GeoJSON file that names no CRS: WGS 84, as RFC 7946 says. */
  GEOJSON_DEFAULT,
  /** Given by whoever started the import, for a source that names none. */
  PARAMETER
}
