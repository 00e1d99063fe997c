package mx.gob.qroo.rppc.planning.infrastructure;

import mx.gob.qroo.rppc.cadastre.infrastructure.CadastreLayerTargets;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.infrastructure.StagedLayerTarget;

/**
 * A planning class that reaches into the cadastre's infrastructure: ArchitectureTest must refuse
 * it.
 */
final class ForeignInfrastructureProbe {

  StagedLayerTarget parcels(LayerImportRequest request) {
    return CadastreLayerTargets.of(request);
  }
}
