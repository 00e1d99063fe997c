package mx.gob.qroo.rppc.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.cadastre.domain.ParcelsChanged;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans;

/**
 * New and resurveyed parcels are overlaid with every plan version, in their import's transaction.
 */
@ApplicationScoped
public class ZoningOverlayUpkeep {

  @Inject LandUsePlans plans;

  void onParcelsChanged(@Observes ParcelsChanged change) {
    if (change.importId() != null) {
      plans.overlayParcelsOf(change.importId());
    }
    if (!change.parcelIds().isEmpty()) {
      plans.overlayParcels(change.parcelIds());
    }
  }
}
