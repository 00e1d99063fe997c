package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportRequest;
import mx.gob.qroo.rppc.cadastre.domain.ReferenceLayers;
import mx.gob.qroo.rppc.shared.domain.Role;

/** The administrator loads the INEGI reference layers (municipal and locality boundaries). */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ReferenceLayerImports {

  @Inject ReferenceLayers layers;
  @Inject CallerIdentity caller;

  /** A rejected import commits its report only; a published one, the layer and its report. */
  @Audited(action = AccessAction.CREATE, resource = ResourceType.LAYER)
  public ImportedLayer importLayer(LayerImportRequest request) {
    return new ImportedLayer(layers.importLayer(request, caller.name()));
  }
}
