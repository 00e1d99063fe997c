package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.cadastre.domain.FeaturePage;
import mx.gob.qroo.rppc.cadastre.domain.FeatureQuery;
import mx.gob.qroo.rppc.cadastre.domain.MapCollection;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.cadastre.domain.MapFeature;
import mx.gob.qroo.rppc.cadastre.domain.MapLayers;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;

/**
 * The map layers: anyone may list them and read the public ones (INEGI's municipal boundaries,
 * "Fuente: INEGI, Marco Geoestadístico", and the zones of the land-use plans, public instruments),
 * unlogged since no staff access and no personal data is involved; the restricted ones (parcels)
 * are read through {@link RestrictedMapLayers}, which checks the caller's role and logs the read.
 */
@Stateless
@PermitAll
public class PublicMapLayers {

  @Inject MapLayers layers;
  @Inject RestrictedMapLayers restricted;

  public List<MapCollection> collections() {
    return layers.collections();
  }

  public MapCollection collection(String id) {
    return layers
        .collection(id)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la colección " + id));
  }

  public FeaturePage features(String collectionId, FeatureQuery query) {
    if (collection(collectionId).restricted()) {
      return restricted.features(collectionId, query);
    }
    return layers.features(collectionId, query).orElseThrow();
  }

  public MapFeature feature(String collectionId, String featureId, MapCrs crs) {
    if (collection(collectionId).restricted()) {
      return restricted.feature(collectionId, featureId, crs);
    }
    return layers
        .feature(collectionId, featureId, crs)
        .orElseThrow(() -> new ResourceNotFoundException("no existe el elemento " + featureId));
  }
}
