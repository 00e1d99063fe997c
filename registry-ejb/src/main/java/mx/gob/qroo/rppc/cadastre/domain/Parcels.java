package mx.gob.qroo.rppc.cadastre.domain;

import java.util.List;
import java.util.Optional;

/**
 * Changes of the parcels' shape that keep their history: a subdivision divides one current parcel
 * into several, a merger joins adjacent current parcels into one. The old versions are retired,
 * never deleted; the lineage links them to the new ones, which cover the same folios.
 */
public interface Parcels {

  /**
   * Divides the current parcel {@code parentKey} into the {@code children} (geometries in {@code
   * crs}), which must tile it: inside it, not overlapping each other, covering it.
   */
  ParcelChange subdivide(CadastralKey parentKey, List<NewParcel> children, MapCrs crs);

  /** Joins the adjacent current parcels into one with the key {@code childKey}. */
  ParcelChange merge(List<CadastralKey> parentKeys, CadastralKey childKey);

  Optional<ParcelHistory> history(CadastralKey cadastralKey);
}
