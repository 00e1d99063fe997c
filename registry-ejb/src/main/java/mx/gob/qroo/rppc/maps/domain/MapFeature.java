package mx.gob.qroo.rppc.maps.domain;

import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * A feature of a map layer: its id within the collection, its properties as a JSON object text and
 * its geometry as GeoJSON text in the CRS it was asked in.
 */
public record MapFeature(String id, String propertiesJson, String geometryGeoJson)
    implements Identified {
  @Override
  public String identifier() {
    return id;
  }
}
