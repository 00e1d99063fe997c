package mx.gob.qroo.rppc.cadastre.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The coordinate reference systems the map layers are served in (OGC API - Features Part 2, by
 * reference). Coordinates follow each CRS's own axis order: CRS84 is longitude, latitude; EPSG:4326
 * and EPSG:6365 (Mexico ITRF2008) are latitude, longitude; EPSG:6371 (Mexico ITRF2008 / UTM 16N,
 * the storage CRS) is easting, northing in metres.
 */
public enum MapCrs {
  CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 7),
  EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, 7),
  EPSG_6365("http://www.opengis.net/def/crs/EPSG/0/6365", 6365, true, 7),
  EPSG_6371("http://www.opengis.net/def/crs/EPSG/0/6371", 6371, false, 3);

  /** The CRS the layers are stored in. */
  public static final MapCrs STORAGE = EPSG_6371;

  private final String uri;
  private final int srid;
  private final boolean latitudeFirst;
  private final int decimals;

  MapCrs(String uri, int srid, boolean latitudeFirst, int decimals) {
    this.uri = uri;
    this.srid = srid;
    this.latitudeFirst = latitudeFirst;
    this.decimals = decimals;
  }

  public String uri() {
    return uri;
  }

  public int srid() {
    return srid;
  }

  /** Whether the first coordinate is the latitude (PostGIS keeps longitude first: flip). */
  public boolean latitudeFirst() {
    return latitudeFirst;
  }

  /** Whether coordinates are degrees (every CRS here but the storage CRS, in metres). */
  public boolean geographic() {
    return this != EPSG_6371;
  }

  /** Decimals written: ~1 cm in degrees, 1 mm in metres. */
  public int decimals() {
    return decimals;
  }

  public static Optional<MapCrs> ofUri(String uri) {
    String wanted = uri == null ? "" : uri.trim();
    if (wanted.startsWith("[") && wanted.endsWith("]")) {
      // the safe CURIE form [EPSG:4326]
      String[] parts = wanted.substring(1, wanted.length() - 1).split(":");
      wanted =
          parts.length == 2 && parts[0].equals("OGC") && parts[1].equals("CRS84")
              ? CRS84.uri
              : parts.length == 2 ? "http://www.opengis.net/def/crs/EPSG/0/" + parts[1] : wanted;
    }
    String match = wanted.replaceFirst("^https://", "http://");
    return Arrays.stream(values()).filter(c -> c.uri.equals(match)).findFirst();
  }
}
