package mx.gob.qroo.rppc.maps.domain;

/**
 * A map layer served as a feature collection: public ones (municipal boundaries, the zones of each
 * plan version) to anyone, restricted ones (parcels) to registry staff and planners. The extent is
 * minLon, minLat, maxLon, maxLat in CRS84, null while the layer is empty.
 */
public record MapCollection(
    String id, String title, String description, boolean restricted, double[] extent) {}
