package mx.gob.qroo.rppc.planning.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapDatabase;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/**
 * Plans as anonymous clients read them: on the map reads' own pool, with its time limit. Only reads
 * are made through it (see {@code LandUsePlanQueries}).
 */
@ApplicationScoped
@PublicMapReads
public class PublicSqlLandUsePlans extends SqlLandUsePlans {

  @Resource(lookup = PublicMapDatabase.JNDI)
  private DataSource publicMaps;

  @Override
  protected <T> T withConnection(Jdbc.Work<T> work) {
    return PublicMapDatabase.read(publicMaps, "falló la consulta de planes", work);
  }
}
