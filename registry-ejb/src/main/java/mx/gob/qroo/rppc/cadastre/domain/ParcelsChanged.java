package mx.gob.qroo.rppc.cadastre.domain;

/**
 * Parcels were added or resurveyed by an import (their rows carry its id); raised inside the
 * import's transaction so that what depends on parcels (the zoning overlay) follows in it.
 */
public record ParcelsChanged(long importId) {}
