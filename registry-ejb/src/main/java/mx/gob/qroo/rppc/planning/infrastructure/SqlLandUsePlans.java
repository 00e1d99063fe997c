package mx.gob.qroo.rppc.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.planning.domain.LandUsePlan;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans;
import mx.gob.qroo.rppc.planning.domain.ParcelZoning;
import mx.gob.qroo.rppc.planning.domain.PlanPublication;
import mx.gob.qroo.rppc.planning.domain.PlanZone;
import mx.gob.qroo.rppc.planning.domain.ZoneFieldMapping;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.spatial.infrastructure.SpatialLayerImporter;

/**
 * Plans on a connection of the registry's datasource: inside a container transaction it is the
 * transaction's own, so a publication, its zones and its overlay commit or roll back together.
 */
@ApplicationScoped
public class SqlLandUsePlans implements LandUsePlans {

  @Inject Database database;

  @Inject private Clock clock;

  @Override
  public PublishedPlan publish(
      PlanPublication publication,
      LayerImportRequest layer,
      ZoneFieldMapping mapping,
      String actor) {
    if (layer.layer() != SpatialLayer.ZONES) {
      throw new IllegalArgumentException("un plan se publica con una capa de zonas");
    }
    return withConnection(c -> publish(c, clock, publication, layer, mapping, actor));
  }

  /** The publication on the caller's connection, inside the caller's transaction. */
  static PublishedPlan publish(
      Connection c,
      Clock clock,
      PlanPublication publication,
      LayerImportRequest layer,
      ZoneFieldMapping mapping,
      String actor)
      throws SQLException {
    int version = PlanVersions.next(c, publication);
    ZoneLayerTarget target =
        new ZoneLayerTarget(publication, version, layer.mapping(), mapping, actor, clock.instant());
    LayerImportReport report = new SpatialLayerImporter(c, clock).run(layer, actor, target);
    if (target.planId() == 0) {
      return new PublishedPlan(report, null);
    }
    ZoningOverlay.plan(c, target.planId());
    return new PublishedPlan(report, PlanReads.plan(c, target.planId()).orElseThrow());
  }

  @Override
  public List<LandUsePlan> plans(LocalDate day) {
    return withConnection(c -> PlanReads.plans(c, day));
  }

  @Override
  public Optional<LandUsePlan> plan(long id) {
    return withConnection(c -> PlanReads.plan(c, id));
  }

  @Override
  public List<PlanZone> zones(long planId) {
    return withConnection(c -> PlanReads.zones(c, planId));
  }

  @Override
  public Optional<ParcelZoning> parcelZoning(String cadastralKey, LocalDate day) {
    return withConnection(c -> PlanReads.parcelZoning(c, cadastralKey, day));
  }

  @Override
  public void overlayParcelsOf(long importId) {
    withConnection(c -> ZoningOverlay.parcelsOf(c, importId));
  }

  @Override
  public void overlayParcels(List<Long> parcelIds) {
    withConnection(c -> ZoningOverlay.parcels(c, parcelIds));
  }

  @Override
  public long recomputeOverlay() {
    return withConnection(ZoningOverlay::all);
  }

  /**
   * Work on a connection of the registry's datasource (the anonymous reads' own, in a subclass).
   */
  protected <T> T withConnection(Jdbc.Work<T> work) {
    return database.withConnection("falló la consulta de planes", work);
  }
}
