package mx.gob.qroo.rppc.maps.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.maps.domain.FeaturePage;
import mx.gob.qroo.rppc.maps.domain.FeatureQuery;
import mx.gob.qroo.rppc.maps.domain.MapFeature;
import mx.gob.qroo.rppc.maps.domain.MapLayers;
import mx.gob.qroo.rppc.maps.domain.ParcelLocation;
import mx.gob.qroo.rppc.maps.domain.TileAddress;
import mx.gob.qroo.rppc.maps.domain.TileLayer;
import mx.gob.qroo.rppc.maps.domain.VectorTiles;
import mx.gob.qroo.rppc.maps.domain.VersionedTile;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * The parcels layer, for registry staff and planners only: cadastral keys, areas, folio numbers and
 * pending filings, never personal data. Every page and every parcel read is logged.
 */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN, Role.PLANEADOR})
public class RestrictedMapLayers {

  @Inject MapLayers layers;
  @Inject VectorTiles tiles;

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.PARCEL)
  public FeaturePage features(@AuditResourceId String collectionId, FeatureQuery query) {
    return layers
        .features(collectionId, query)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la colección " + collectionId));
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.PARCEL)
  public MapFeature feature(String collectionId, @AuditResourceId String featureId, MapCrs crs) {
    return layers
        .feature(collectionId, featureId, crs)
        .orElseThrow(() -> new ResourceNotFoundException("no existe el predio " + featureId));
  }

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.PARCEL)
  public VersionedTile tile(TileLayer layer, @AuditResourceId TileAddress address) {
    return tiles.tile(layer, address, null);
  }

  /** Parcels by cadastral key or by the folio that covers them (the planners' map search). */
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.PARCEL)
  public java.util.List<ParcelLocation> locate(@AuditResourceId String cadastralKeyOrFolio) {
    if (cadastralKeyOrFolio == null || cadastralKeyOrFolio.isBlank()) {
      throw InvalidRequestException.of("q", "escriba una clave catastral o un número de folio");
    }
    return layers.locate(cadastralKeyOrFolio);
  }
}
