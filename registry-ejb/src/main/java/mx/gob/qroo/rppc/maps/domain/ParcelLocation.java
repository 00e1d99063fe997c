package mx.gob.qroo.rppc.maps.domain;

/**
 * Where a current parcel lies: its cadastral key and its bounding box (minLon, minLat, maxLon,
 * maxLat in CRS84), for a map to go to.
 */
public record ParcelLocation(String cadastralKey, double[] bbox) {}
