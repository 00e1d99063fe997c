package mx.gob.qroo.rppc.spatial.domain;

import mx.gob.qroo.rppc.shared.domain.Excerpt;

/**
 * Something wrong with one feature of an imported layer: which feature (its key, or its position in
 * the source when it has none), why, and where (a WKT point in the source CRS, when known).
 */
public record GeometryProblem(String feature, String reason, String location) {

  /**
   * How the reason of a geometry that is invalid but repairable starts (the importer repairs only
   * those, and the topology review lists them).
   */
  public static final String INVALID = "geometría inválida: ";

  static final int MAX_FEATURE = 60;
  static final int MAX_REASON = 100;

  /**
   * The feature's key and the reason may quote the uploaded file's values: they are kept short and
   * free of control characters, since the report is stored and shown to other people.
   */
  public GeometryProblem {
    feature = Excerpt.bounded(feature, MAX_FEATURE);
    reason = Excerpt.bounded(reason, MAX_REASON);
  }
}
