package mx.gob.qroo.rppc.cadastre.domain;

import java.util.Objects;

/** A parcel that a subdivision creates: its cadastral key and its geometry as GeoJSON text. */
public record NewParcel(CadastralKey cadastralKey, String geometryGeoJson) {

  public NewParcel {
    Objects.requireNonNull(cadastralKey, "cadastralKey");
    if (geometryGeoJson == null || geometryGeoJson.isBlank()) {
      throw new IllegalArgumentException("falta la geometría del predio " + cadastralKey);
    }
  }
}
