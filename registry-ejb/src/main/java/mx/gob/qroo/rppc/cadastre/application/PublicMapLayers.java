package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.BoundaryFeature;
import mx.gob.qroo.rppc.cadastre.domain.FeaturePage;
import mx.gob.qroo.rppc.cadastre.domain.SpatialLayers;

/**
 * The map layers anyone may see without logging in: INEGI's municipal boundaries (public
 * information, "Fuente: INEGI, Marco Geoestadístico"). Not logged: no staff access, no personal
 * data.
 */
@Stateless
@PermitAll
public class PublicMapLayers {

  public static final int MAX_LIMIT = 1000;

  @Inject SpatialLayers layers;

  public FeaturePage municipalities(double[] bbox, int limit, long offset) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit va de 1 a " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset no puede ser negativo");
    }
    return layers.municipalities(bbox, limit, offset);
  }

  public Optional<BoundaryFeature> municipality(String cvegeo) {
    return layers.municipality(cvegeo);
  }

  public Optional<double[]> municipalitiesExtent() {
    return layers.municipalitiesExtent();
  }
}
