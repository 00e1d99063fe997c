package mx.gob.qroo.rppc.cadastre.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportRequest;
import mx.gob.qroo.rppc.cadastre.domain.ReferenceLayers;

/**
 * Runs imports on a connection of the registry's datasource; inside a container transaction it is
 * the transaction's own connection, so the import commits or rolls back with it.
 */
@ApplicationScoped
public class SqlReferenceLayers implements ReferenceLayers {

  @Resource(lookup = "java:jboss/datasources/RegistryDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  @Override
  public LayerImportReport importLayer(LayerImportRequest request, String actor) {
    try (Connection connection = dataSource.getConnection()) {
      return new ReferenceLayerImporter(connection, clock).run(request, actor);
    } catch (SQLException e) {
      throw new IllegalStateException("sin conexión a la base de datos para importar", e);
    }
  }
}
