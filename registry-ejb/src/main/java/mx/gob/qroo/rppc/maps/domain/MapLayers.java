package mx.gob.qroo.rppc.maps.domain;

import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;

/**
 * The layers the registry serves as maps: municipal boundaries, current parcels, and the zones of
 * every plan version; as feature pages and as Mapbox vector tiles.
 */
public interface MapLayers {

  /**
   * Every collection: municipalities first, then parcels, then plan versions by key and version.
   */
  List<MapCollection> collections();

  Optional<MapCollection> collection(String id);

  /** The collection as {@link #collection}, without its extent (which costs a scan). */
  Optional<MapCollection> find(String id);

  /** A page of a collection's features; empty when the collection does not exist. */
  Optional<FeaturePage> features(String collectionId, FeatureQuery query);

  Optional<MapFeature> feature(String collectionId, String featureId, MapCrs crs);

  /**
   * The current parcels with this cadastral key, or covered by the folio with this number (at most
   * 20), ordered by key.
   */
  List<ParcelLocation> locate(String cadastralKeyOrFolio);
}
