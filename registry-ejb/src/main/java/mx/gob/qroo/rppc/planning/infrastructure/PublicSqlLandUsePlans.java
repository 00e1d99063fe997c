package mx.gob.qroo.rppc.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/**
 * Plans as anonymous clients read them: on the map reads' own pool, with its time limit. Only reads
 * are made through it (see {@code LandUsePlanQueries}).
 */
@ApplicationScoped
@PublicMapReads
public class PublicSqlLandUsePlans extends SqlLandUsePlans {

  @Inject @PublicMapReads Database publicMaps;

  @Override
  protected <T> T withConnection(Jdbc.Work<T> work) {
    return publicMaps.withConnection("falló la consulta de planes", work);
  }
}
