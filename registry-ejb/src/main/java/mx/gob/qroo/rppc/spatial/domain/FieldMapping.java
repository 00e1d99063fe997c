package mx.gob.qroo.rppc.spatial.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * Which attributes of a source layer give each feature its key and its name (none for layers whose
 * features have no name, such as parcels). Field names are compared in lower case, as ogr2ogr
 * writes them into the staging table.
 */
public record FieldMapping(String keyField, String nameField) {

  private static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  public FieldMapping {
    keyField = field("keyField", "clave", keyField);
    nameField = nameField == null ? null : field("nameField", "nombre", nameField);
  }

  /** The fields given, each absent one taken from {@code defaults}. */
  public static FieldMapping of(String keyField, String nameField, FieldMapping defaults) {
    return keyField == null && nameField == null
        ? defaults
        : new FieldMapping(
            keyField == null ? defaults.keyField() : keyField,
            nameField == null ? defaults.nameField() : nameField);
  }

  private static String field(String parameter, String role, String name) {
    String field = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    if (!FIELD.matcher(field).matches()) {
      throw InvalidRequestException.of(
          parameter,
          "el campo de "
              + role
              + " '"
              + name
              + "' no es un nombre de atributo válido (letras, dígitos y _, hasta 63)");
    }
    return field;
  }
}
