package mx.gob.qroo.rppc.spatial.domain;

/** The file formats a layer is accepted in, told apart by their bytes (never by their names). */
public enum SourceFormat {
  GEOJSON,
  GEOPACKAGE,
  /** An ESRI Shapefile with its .shx, .dbf and .prj (and .cpg), zipped together. */
  SHAPEFILE
}
