package mx.gob.qroo.rppc.cadastre.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;

/**
 * Clave catastral: the municipal cadastral identifier of a parcel, kept trimmed and in capitals
 * (digits, capitals and dashes, 4 to 40 characters, as in {@code 23005-023-0001-009}).
 */
public record CadastralKey(String value) {

  private static final Pattern FORM = Pattern.compile(SpatialLayer.PARCELS.keyPattern());

  public CadastralKey {
    value = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "clave catastral inválida '"
              + value
              + "': dígitos, mayúsculas y guiones, de 4 a 40 caracteres");
    }
  }

  public static CadastralKey of(String text) {
    return new CadastralKey(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
