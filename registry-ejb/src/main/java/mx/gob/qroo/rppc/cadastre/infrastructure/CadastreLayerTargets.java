package mx.gob.qroo.rppc.cadastre.infrastructure;

import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.infrastructure.StagedLayerTarget;

/** Which of the cadastre's publications an import of one of its layers goes to. */
public final class CadastreLayerTargets {

  private CadastreLayerTargets() {}

  /** The target of {@code request}'s layer; zones are refused, their plan publishes them. */
  public static StagedLayerTarget of(LayerImportRequest request) {
    return switch (request.layer()) {
      case PARCELS -> new ParcelLayerTarget(request.mapping());
      case MUNICIPALITIES, LOCALITIES ->
          new BoundaryLayerTarget(request.layer(), request.mapping());
      case ZONES ->
          throw InvalidRequestException.of(
              "layer",
              "las zonas se importan como versión de un plan de uso de suelo (POST /api/plans)");
    };
  }
}
