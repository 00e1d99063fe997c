package mx.gob.qroo.rppc.cadastre.domain;

/**
 * A public boundary (an INEGI municipality) as a map feature: its key, its name and its geometry as
 * GeoJSON text in WGS 84 longitude/latitude (OGC CRS84), as web clients expect it.
 */
public record BoundaryFeature(String id, String name, String geometryGeoJson) {}
