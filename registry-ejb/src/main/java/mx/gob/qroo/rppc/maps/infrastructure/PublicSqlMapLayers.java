package mx.gob.qroo.rppc.maps.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapDatabase;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/** The map layers as anonymous clients read them: on their own pool, with its time limit. */
@ApplicationScoped
@PublicMapReads
public class PublicSqlMapLayers extends SqlMapLayers {

  @Resource(lookup = PublicMapDatabase.JNDI)
  private DataSource publicMaps;

  @Override
  protected <T> T withConnection(Jdbc.Work<T> work) {
    return PublicMapDatabase.read(publicMaps, "no se pudieron leer las capas", work);
  }
}
