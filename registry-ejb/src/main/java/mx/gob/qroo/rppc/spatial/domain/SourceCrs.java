package mx.gob.qroo.rppc.spatial.domain;

import java.util.Objects;

/** The EPSG code of a source layer's coordinates and where it was read from. */
public record SourceCrs(int srid, CrsOrigin origin) {

  public SourceCrs {
    if (srid <= 0) {
      throw new IllegalArgumentException("código EPSG inválido: " + srid);
    }
    Objects.requireNonNull(origin, "origin");
  }
}
