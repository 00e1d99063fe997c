package mx.gob.qroo.rppc.maps.domain;

/**
 * A vector tile together with the version its layer had when it was drawn, both read in one
 * snapshot, so the tile's ETag always names the data it was drawn from.
 */
public record VersionedTile(long version, byte[] bytes) {}
