package mx.gob.qroo.rppc.cadastre.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.SpatialLayers;
import mx.gob.qroo.rppc.cadastre.domain.TopologyCheck;
import mx.gob.qroo.rppc.cadastre.domain.TopologyFinding;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.infrastructure.ImportReports;
import mx.gob.qroo.rppc.spatial.infrastructure.SpatialLayerImporter;
import mx.gob.qroo.rppc.spatial.infrastructure.StagedLayerTarget;

/**
 * Runs imports on a connection of the registry's datasource; inside a container transaction it is
 * the transaction's own connection, so the import commits or rolls back with it.
 */
@ApplicationScoped
public class SqlSpatialLayers implements SpatialLayers {

  @Inject Database database;

  @Inject private Clock clock;

  @Override
  public LayerImportReport importLayer(LayerImportRequest request, String actor) {
    StagedLayerTarget target = CadastreLayerTargets.of(request);
    return withConnection(c -> new SpatialLayerImporter(c, clock).run(request, actor, target));
  }

  @Override
  public List<LayerImportReport> latestImports(int limit) {
    return withConnection(c -> ImportReports.latest(c, limit));
  }

  @Override
  public Optional<LayerImportReport> importReport(long id) {
    return withConnection(c -> ImportReports.find(c, id));
  }

  @Override
  public List<TopologyFinding> findings(TopologyCheck check, double toleranceM2, int limit) {
    return withConnection(c -> TopologyChecks.run(c, check, toleranceM2, limit));
  }

  private <T> T withConnection(Jdbc.Work<T> work) {
    return database.withConnection("sin conexión a la base de datos", work);
  }
}
