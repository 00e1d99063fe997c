package mx.gob.qroo.rppc.cadastre.domain;

import java.util.Locale;

/** The file formats a layer is accepted in, told apart by the file name. */
public enum SourceFormat {
  GEOJSON,
  GEOPACKAGE,
  /** An ESRI Shapefile with its .shx, .dbf and .prj (and .cpg), zipped together. */
  SHAPEFILE;

  public static SourceFormat ofFileName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      return GEOJSON;
    }
    if (name.endsWith(".gpkg")) {
      return GEOPACKAGE;
    }
    if (name.endsWith(".zip")) {
      return SHAPEFILE;
    }
    throw new IllegalArgumentException(
        "formato no admitido para '"
            + fileName
            + "': se aceptan GeoJSON (.geojson, .json), GeoPackage (.gpkg) y Shapefile comprimido"
            + " (.zip)");
  }
}
