package mx.gob.qroo.rppc.maps.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/** The map layers as anonymous clients read them: on their own pool, with its time limit. */
@ApplicationScoped
@PublicMapReads
public class PublicSqlMapLayers extends SqlMapLayers {

  @Inject @PublicMapReads Database publicMaps;

  @Override
  protected <T> T withConnection(Jdbc.Work<T> work) {
    return publicMaps.withConnection("no se pudieron leer las capas", work);
  }
}
