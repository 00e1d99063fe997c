package mx.gob.qroo.rppc.maps.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * A request for a page of features: an optional bounding box ({@code bbox}: min and max of the
 * first and second axis of {@code bboxCrs}, e.g. minLon, minLat, maxLon, maxLat in CRS84), the CRS
 * of the answer, and the page: at most {@code limit} features after skipping {@code offset} (at
 * most {@link #MAX_OFFSET}) of those whose id comes after {@code after} (the keyset the {@code
 * next} links carry, as cheap on the last page as on the first).
 */
public record FeatureQuery(
    double[] bbox, MapCrs bboxCrs, MapCrs crs, int limit, long offset, String after) {

  public static final int MAX_LIMIT = 1000;

  /** Deeper pages are reached through the {@code next} links' keyset, never by counting rows. */
  public static final long MAX_OFFSET = 10_000;

  /**
   * Where the registry's layers can be, in CRS84 (minLon, minLat, maxLon, maxLat): Quintana Roo and
   * its neighbours with a wide margin. A box is cut to it before it reaches PostGIS, which cannot
   * put points far from UTM zone 16 in the storage CRS (and nothing is stored there).
   */
  public static final double[] SERVED_AREA = {-92, 14, -84, 24};

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");

  /** A projected bbox (metres) beyond this is no place on Earth. */
  private static final double MAX_METRES = 1e8;

  public FeatureQuery {
    bboxCrs = bboxCrs == null ? MapCrs.CRS84 : bboxCrs;
    crs = Objects.requireNonNullElse(crs, MapCrs.CRS84);
    if (bbox != null) {
      bbox = bbox.clone();
      checkBox(bbox, bboxCrs);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidRequestException.of("limit", "limit va de 1 a " + MAX_LIMIT);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw InvalidRequestException.of(
          "offset",
          "offset va de 0 a "
              + MAX_OFFSET
              + "; para seguir más allá, use el enlace next de cada página (parámetro after)");
    }
    if (after != null && (after.isBlank() || after.length() > 100)) {
      throw InvalidRequestException.of(
          "after", "after es el id del último elemento de la página anterior");
    }
  }

  public FeatureQuery(double[] bbox, MapCrs bboxCrs, MapCrs crs, int limit, long offset) {
    this(bbox, bboxCrs, crs, limit, offset, null);
  }

  @Override
  public double[] bbox() {
    return bbox == null ? null : bbox.clone();
  }

  /**
   * The box to search, in {@code bboxCrs}: a geographic one cut to the {@link #SERVED_AREA}; null
   * when no box was asked for or when it lies wholly outside that area ({@link #missesServedArea}).
   */
  public double[] searchBox() {
    if (bbox == null || !bboxCrs.geographic()) {
      return bbox();
    }
    double[] area = servedAreaIn(bboxCrs);
    double[] cut = {
      Math.max(bbox[0], area[0]),
      Math.max(bbox[1], area[1]),
      Math.min(bbox[2], area[2]),
      Math.min(bbox[3], area[3])
    };
    return cut[0] > cut[2] || cut[1] > cut[3] ? null : cut;
  }

  /** Whether a box was asked for that lies wholly outside the served area: nothing can match. */
  public boolean missesServedArea() {
    return bbox != null && searchBox() == null;
  }

  private static double[] servedAreaIn(MapCrs crs) {
    return crs.latitudeFirst()
        ? new double[] {SERVED_AREA[1], SERVED_AREA[0], SERVED_AREA[3], SERVED_AREA[2]}
        : SERVED_AREA.clone();
  }

  private static void checkBox(double[] box, MapCrs crs) {
    if (box.length != 4 || box[0] > box[2] || box[1] > box[3]) {
      throw InvalidRequestException.of(
          "bbox",
          "bbox son cuatro números: mínimo y máximo de cada eje, el mínimo antes del máximo");
    }
    if (!crs.geographic()) {
      if (Arrays.stream(box).anyMatch(v -> !(Math.abs(v) <= MAX_METRES))) {
        throw InvalidRequestException.of("bbox", "bbox en metros va de -100,000,000 a 100,000,000");
      }
      return;
    }
    int lat = crs.latitudeFirst() ? 0 : 1;
    int lon = 1 - lat;
    if (!(Math.abs(box[lon]) <= 180 && Math.abs(box[lon + 2]) <= 180)
        || !(Math.abs(box[lat]) <= 90 && Math.abs(box[lat + 2]) <= 90)) {
      throw InvalidRequestException.of(
          "bbox", "bbox en grados: longitudes de -180 a 180 y latitudes de -90 a 90");
    }
  }

  /**
   * A bbox parameter: four decimal numbers separated by commas, the minima of the two axes and then
   * their maxima (in CRS84: minLon,minLat,maxLon,maxLat).
   */
  public static double[] bbox(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length == 4
        && Arrays.stream(parts).allMatch(p -> NUMBER.matcher(p.strip()).matches())) {
      double[] box = Arrays.stream(parts).mapToDouble(p -> Double.parseDouble(p.strip())).toArray();
      if (box[0] <= box[2] && box[1] <= box[3]) {
        return box;
      }
    }
    throw new IllegalArgumentException(
        "bbox lleva cuatro números separados por comas: los mínimos de los dos ejes y luego sus"
            + " máximos (en CRS84: minLon,minLat,maxLon,maxLat)");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeatureQuery q
        && Arrays.equals(bbox, q.bbox)
        && bboxCrs == q.bboxCrs
        && crs == q.crs
        && limit == q.limit
        && offset == q.offset
        && Objects.equals(after, q.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(bbox), bboxCrs, crs, limit, offset, after);
  }

  @Override
  public String toString() {
    return "FeatureQuery[bbox="
        + Arrays.toString(bbox)
        + ", bboxCrs="
        + bboxCrs
        + ", crs="
        + crs
        + ", limit="
        + limit
        + ", offset="
        + offset
        + ", after="
        + after
        + "]";
  }
}
