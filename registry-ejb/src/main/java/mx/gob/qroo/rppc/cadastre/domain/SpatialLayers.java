package mx.gob.qroo.rppc.cadastre.domain;

import java.util.List;
import java.util.Optional;

/** The INEGI reference layers kept in the database, and their imports. */
public interface SpatialLayers {

  /**
   * Imports a layer in the current transaction: published whole, or rejected whole with its report
   * kept. Refuses with {@link IllegalArgumentException} a source it cannot read, whose CRS is
   * unknown, or that lacks the mapped attributes.
   */
  LayerImportReport importLayer(LayerImportRequest request, String actor);

  /** The reports of the latest imports, newest first. */
  List<LayerImportReport> latestImports(int limit);

  Optional<LayerImportReport> importReport(long id);

  /**
   * What a topology check finds among the current parcels, largest first, at most {@code limit};
   * {@code toleranceM2} is the area below which an overlap or an overhang is ignored.
   */
  List<TopologyFinding> findings(TopologyCheck check, double toleranceM2, int limit);

  /**
   * The municipalities whose boundary meets {@code bbox} (minLon, minLat, maxLon, maxLat in WGS 84;
   * null for all), ordered by key, {@code limit} from {@code offset}.
   */
  FeaturePage municipalities(double[] bbox, int limit, long offset);

  Optional<BoundaryFeature> municipality(String cvegeo);

  /** The WGS 84 bounding box (minLon, minLat, maxLon, maxLat) of the municipalities loaded. */
  Optional<double[]> municipalitiesExtent();
}
