package mx.gob.qroo.rppc.cadastre.domain;

/**
 * The topology checks, each named after what it finds: over the current parcels, and (invalid
 * geometries) over the import reports, since the database refuses to store an invalid geometry and
 * an import refuses them or repairs them when asked.
 */
public enum TopologyCheck {
  /**
   * Parcels that overlap another parcel by more than the tolerance: a possible double registration.
   */
  OVERLAPPING_PARCELS,
  /**
   * Parcels that reach beyond the INEGI boundary of their municipality by more than the tolerance.
   */
  PARCELS_OUTSIDE_MUNICIPALITY,
  /**
   * Sliver parcels: so thin that their Polsby-Popper compactness (4π·area / perimeter²) is under
   * 0.05, the mark of a digitising error rather than a lot.
   */
  SLIVER_PARCELS,
  /**
   * Gaps within a block (the cadastral key without its last segment): holes in the union of the
   * block's parcels smaller than 1,000 m², land between lots that no parcel covers.
   */
  GAPS_IN_BLOCKS,
  /**
   * Parcels whose geometry was invalid in the file they came in (self-crossing rings and the like):
   * repaired on request, or their import rejected. Measure: the import's id.
   */
  INVALID_GEOMETRIES
}
