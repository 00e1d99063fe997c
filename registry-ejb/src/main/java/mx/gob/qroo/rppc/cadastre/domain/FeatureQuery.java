package mx.gob.qroo.rppc.cadastre.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * A request for a page of features: an optional bounding box ({@code bbox}: min and max of the
 * first and second axis of {@code bboxCrs}, e.g. minLon, minLat, maxLon, maxLat in CRS84), the CRS
 * of the answer, and the page.
 */
public record FeatureQuery(double[] bbox, MapCrs bboxCrs, MapCrs crs, int limit, long offset) {

  public static final int MAX_LIMIT = 1000;

  public FeatureQuery {
    bboxCrs = bboxCrs == null ? MapCrs.CRS84 : bboxCrs;
    crs = Objects.requireNonNullElse(crs, MapCrs.CRS84);
    if (bbox != null && (bbox.length != 4 || bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
      throw new IllegalArgumentException(
          "bbox son cuatro números: mínimo y máximo de cada eje, el mínimo antes del máximo");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit va de 1 a " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset no puede ser negativo");
    }
  }

  /**
   * A bbox parameter: four numbers separated by commas, the minima of the two axes and then their
   * maxima (in CRS84: minLon,minLat,maxLon,maxLat).
   */
  public static double[] bbox(String text) {
    try {
      double[] box =
          Arrays.stream(text.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
      if (box.length == 4 && box[0] <= box[2] && box[1] <= box[3]) {
        return box;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "bbox lleva cuatro números separados por comas: los mínimos de los dos ejes y luego sus"
            + " máximos (en CRS84: minLon,minLat,maxLon,maxLat)");
  }
}
