package mx.gob.qroo.rppc.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Where the application's two datasources are looked up (configure.cli defines them), the only
 * place that names them: the registry's ({@code RegistryDS}) and the anonymous map reads' small
 * pool with its time limit ({@code PublicMapDS}).
 */
@ApplicationScoped
public class DataSources {

  public static final String REGISTRY = "java:jboss/datasources/RegistryDS";

  @Resource(lookup = REGISTRY)
  private DataSource registry;

  @Resource(lookup = PublicMapDatabase.JNDI)
  private DataSource publicMaps;

  @Produces
  Database registry() {
    return new Database(registry);
  }

  @Produces
  @PublicMapReads
  Database publicMaps() {
    return new PublicMapDatabase(publicMaps);
  }
}
