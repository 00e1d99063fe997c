package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.cadastre.domain.FeaturePage;
import mx.gob.qroo.rppc.cadastre.domain.FeatureQuery;
import mx.gob.qroo.rppc.cadastre.domain.MapCollection;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.cadastre.domain.MapFeature;
import mx.gob.qroo.rppc.cadastre.domain.MapLayers;
import mx.gob.qroo.rppc.cadastre.domain.TileAddress;
import mx.gob.qroo.rppc.cadastre.domain.TileLayer;
import mx.gob.qroo.rppc.cadastre.domain.VectorTiles;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
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
  @Inject VectorTiles tiles;
  @Inject RestrictedMapLayers restricted;
  @Inject Clock clock;

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

  /**
   * A vector tile; zones of the plans in force today; a restricted layer's through {@link
   * RestrictedMapLayers}.
   */
  public byte[] tile(TileLayer layer, TileAddress address) {
    return layer.restricted()
        ? restricted.tile(layer, address)
        : tiles.tile(layer, address, today());
  }

  /**
   * What identifies the layer's tiles as they are now (its data version, and the day for zones,
   * whose plans in force change with it): their ETag. No data, so anyone may know it.
   */
  public String tileTag(TileLayer layer) {
    return layer.id()
        + "-"
        + tiles.version(layer)
        + (layer == TileLayer.ZONES ? "-" + today() : "");
  }

  private LocalDate today() {
    return RegistryTime.local(clock.instant()).toLocalDate();
  }
}
