package mx.gob.qroo.rppc.cadastre.domain;

/**
 * Something wrong with one feature of an imported layer: which feature (its key, or its position in
 * the source when it has none), why, and where (a WKT point in the source CRS, when known).
 */
public record GeometryProblem(String feature, String reason, String location) {}
