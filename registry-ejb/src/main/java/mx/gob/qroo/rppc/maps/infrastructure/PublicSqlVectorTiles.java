package mx.gob.qroo.rppc.maps.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapDatabase;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/** Vector tiles as anonymous clients read them: on their own pool, with its time limit. */
@ApplicationScoped
@PublicMapReads
public class PublicSqlVectorTiles extends SqlVectorTiles {

  @Resource(lookup = PublicMapDatabase.JNDI)
  private DataSource publicMaps;

  @Override
  protected <T> T withConnection(String what, Jdbc.Work<T> work) {
    return PublicMapDatabase.read(publicMaps, what, work);
  }
}
