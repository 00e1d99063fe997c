package mx.gob.qroo.rppc.cadastre.domain;

import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;

/** Imports of spatial layers, their reports, and the topology checks of the parcels. */
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
}
