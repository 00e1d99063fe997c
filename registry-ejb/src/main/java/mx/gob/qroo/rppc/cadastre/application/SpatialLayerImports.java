package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.ParcelsChanged;
import mx.gob.qroo.rppc.cadastre.domain.SpatialLayers;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;

/**
 * The administrator loads the INEGI reference layers (municipal and locality boundaries) and the
 * cadastral parcels; published parcels are announced ({@link ParcelsChanged}) within the import's
 * transaction.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class SpatialLayerImports {

  private static final int MAX_REPORTS = 200;

  @Inject SpatialLayers layers;
  @Inject CallerIdentity caller;
  @Inject Event<ParcelsChanged> parcelsChanged;

  /** A rejected import commits its report only; a published one, the layer and its report. */
  @Audited(action = AccessAction.CREATE, resource = ResourceType.LAYER)
  public ImportedLayer importLayer(LayerImportRequest request) {
    LayerImportReport report = layers.importLayer(request, caller.name());
    if (request.layer() == SpatialLayer.PARCELS
        && report.outcome() == LayerImportReport.Outcome.PUBLISHED) {
      parcelsChanged.fire(ParcelsChanged.byImport(report.id()));
    }
    return new ImportedLayer(report);
  }

  /** Administrators and auditors review what was imported, by whom, and what was wrong. */
  @RolesAllowed({Role.ADMIN, Role.AUDITOR})
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.LAYER)
  public List<LayerImportReport> latest(int limit) {
    if (limit < 1 || limit > MAX_REPORTS) {
      throw InvalidRequestException.of("limit", "limit va de 1 a " + MAX_REPORTS);
    }
    return layers.latestImports(limit);
  }

  @RolesAllowed({Role.ADMIN, Role.AUDITOR})
  @Audited(action = AccessAction.READ, resource = ResourceType.LAYER)
  public ImportedLayer report(long id) {
    return new ImportedLayer(
        layers
            .importReport(id)
            .orElseThrow(() -> new ResourceNotFoundException("no existe la importación " + id)));
  }
}
