package mx.gob.qroo.rppc.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;

/** The plans, their zones, and the overlay of parcels with them. */
public interface LandUsePlans {

  /**
   * Imports the zoning layer of a new version of a plan and, when the layer passes every check,
   * publishes the version (closing the previous one) and overlays it on the parcels, all in the
   * caller's transaction. The report says why when it does not.
   */
  PublishedPlan publish(
      PlanPublication publication,
      LayerImportRequest layer,
      ZoneFieldMapping mapping,
      String actor);

  /** Every version of every plan, or those in force on a day when {@code day} is not null. */
  List<LandUsePlan> plans(LocalDate day);

  Optional<LandUsePlan> plan(long id);

  List<PlanZone> zones(long planId);

  /** The zoning of the parcel version that had the cadastral key on the day. */
  Optional<ParcelZoning> parcelZoning(String cadastralKey, LocalDate day);

  /** Overlays the parcels an import added with every plan version. */
  void overlayParcelsOf(long importId);

  /** Overlays these parcel versions with every plan version. */
  void overlayParcels(List<Long> parcelIds);

  /** Recomputes the whole overlay from scratch; how many parcel-zone rows it wrote. */
  long recomputeOverlay();

  /** A plan version and the report of its layer's import; {@code plan} is null when rejected. */
  record PublishedPlan(LayerImportReport report, LandUsePlan plan) {}
}
