package mx.gob.qroo.rppc.maps.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.maps.domain.FeaturePage;
import mx.gob.qroo.rppc.maps.domain.FeatureQuery;
import mx.gob.qroo.rppc.maps.domain.MapCollection;
import mx.gob.qroo.rppc.maps.domain.MapFeature;
import mx.gob.qroo.rppc.maps.domain.MapLayers;
import mx.gob.qroo.rppc.maps.domain.TileAddress;
import mx.gob.qroo.rppc.maps.domain.TileLayer;
import mx.gob.qroo.rppc.maps.domain.VectorTiles;
import mx.gob.qroo.rppc.maps.domain.VersionedTile;
import mx.gob.qroo.rppc.shared.application.PublicMapRequests;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.infrastructure.PublicMapReads;

/**
 * The map layers: anyone may list them and read the public ones (INEGI's municipal boundaries,
 * "Fuente: INEGI, Marco Geoestadístico", and the zones of the land-use plans, public instruments),
 * unlogged since no staff access and no personal data is involved; the restricted ones (parcels)
 * are read through {@link RestrictedMapLayers}, which checks the caller's role and logs the read.
 * An anonymous client spends its budget of map requests ({@link PublicMapRequests}) on each call
 * and is read on the anonymous reads' own pool, with its time limit; staff and planners are not.
 */
@Stateless
@PermitAll
public class PublicMapLayers {

  @Inject MapLayers staffLayers;
  @Inject @PublicMapReads MapLayers anonymousLayers;
  @Inject VectorTiles staffTiles;
  @Inject @PublicMapReads VectorTiles anonymousTiles;
  @Inject RestrictedMapLayers restricted;
  @Inject PublicMapRequests requests;
  @Inject Clock clock;

  public List<MapCollection> collections() {
    requests.spend();
    return layers().collections();
  }

  public MapCollection collection(String id) {
    requests.spend();
    return layers()
        .collection(id)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la colección " + id));
  }

  private MapLayers layers() {
    return requests.anonymous() ? anonymousLayers : staffLayers;
  }

  private VectorTiles tiles() {
    return requests.anonymous() ? anonymousTiles : staffTiles;
  }

  private MapCollection described(String id) {
    return layers()
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la colección " + id));
  }

  public FeaturePage features(String collectionId, FeatureQuery query) {
    requests.spend();
    if (described(collectionId).restricted()) {
      return restricted.features(collectionId, query);
    }
    return layers().features(collectionId, query).orElseThrow();
  }

  public MapFeature feature(String collectionId, String featureId, MapCrs crs) {
    requests.spend();
    if (described(collectionId).restricted()) {
      return restricted.feature(collectionId, featureId, crs);
    }
    return layers()
        .feature(collectionId, featureId, crs)
        .orElseThrow(() -> new ResourceNotFoundException("no existe el elemento " + featureId));
  }

  /**
   * A vector tile and its tag (the layer's data version, and the day for zones, whose plans in
   * force change with it), drawn and versioned in one statement. Zones are those of the plans in
   * force today; a restricted layer's tile comes through {@link RestrictedMapLayers}, which logs
   * it.
   */
  public Tile tile(TileLayer layer, TileAddress address) {
    requests.spend();
    return drawn(layer, address);
  }

  private Tile drawn(TileLayer layer, TileAddress address) {
    VersionedTile drawn =
        layer.restricted()
            ? restricted.tile(layer, address)
            : tiles().tile(layer, address, today());
    return new Tile(tag(layer, drawn.version()), drawn.bytes());
  }

  /**
   * For a client that sends the tag of its cached copy: the layer's version is read first, and the
   * tile is drawn only when that copy is outdated (no tile, {@code bytes} null, when it holds the
   * current tag).
   */
  public Tile tileUnlessHeld(TileLayer layer, TileAddress address, Predicate<String> clientHolds) {
    requests.spend();
    String tag = tag(layer, tiles().version(layer));
    return clientHolds.test(tag) ? new Tile(tag, null) : drawn(layer, address);
  }

  /** A tile's ETag and bytes (null: the client's copy is current). */
  public record Tile(String tag, byte[] bytes) {}

  private String tag(TileLayer layer, long version) {
    return layer.id() + "-" + version + (layer == TileLayer.ZONES ? "-" + today() : "");
  }

  private LocalDate today() {
    return RegistryTime.local(clock.instant()).toLocalDate();
  }
}
