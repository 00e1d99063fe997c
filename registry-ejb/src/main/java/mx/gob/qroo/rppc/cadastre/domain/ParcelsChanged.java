package mx.gob.qroo.rppc.cadastre.domain;

import java.util.List;

/**
 * Parcels were added: by an import ({@code importId}, whose rows carry it) or by a subdivision or
 * merger ({@code parcelIds}). Raised inside their transaction so that what depends on parcels (the
 * zoning overlay) follows in it.
 */
public record ParcelsChanged(Long importId, List<Long> parcelIds) {

  public ParcelsChanged {
    parcelIds = parcelIds == null ? List.of() : List.copyOf(parcelIds);
  }

  public static ParcelsChanged byImport(long importId) {
    return new ParcelsChanged(importId, List.of());
  }

  public static ParcelsChanged parcels(List<Long> parcelIds) {
    return new ParcelsChanged(null, parcelIds);
  }
}
