package mx.gob.qroo.rppc.document.domain;

import java.util.Map;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * One line of a batch's manifest: the page of a book's record that a scanned file holds. Columns
 * (by header name): {@code oficina, libro, tomo, partida, pagina, archivo}, and optionally {@code
 * foja} (the book's sheet).
 */
public record ManifestLine(int line, LegacyRecordRef record, int page, String sheet, String file) {

  /** The columns a manifest must have. */
  public static final String[] REQUIRED = {
    "oficina", "libro", "tomo", "partida", "pagina", "archivo"
  };

  /**
   * Reads one line's fields by column name.
   *
   * @throws IllegalArgumentException with a reason fit for the batch's failure list
   */
  public static ManifestLine of(int line, Map<String, String> fields) {
    LegacyRecordRef record =
        new LegacyRecordRef(
            Office.fromCode(fields.get("oficina")),
            fields.get("libro"),
            fields.get("tomo"),
            fields.get("partida"));
    int page;
    try {
      page = Integer.parseInt(fields.getOrDefault("pagina", "").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "la página '" + fields.get("pagina") + "' no es un número");
    }
    if (page < 1) {
      throw new IllegalArgumentException("la página debe ser 1 o mayor");
    }
    String file = fields.getOrDefault("archivo", "").strip();
    if (file.isEmpty()) {
      throw new IllegalArgumentException("falta el archivo de la página");
    }
    if (file.startsWith("/") || file.contains("..") || file.contains("\\")) {
      throw new IllegalArgumentException(
          "el archivo '" + file + "' debe nombrarse dentro del lote, sin rutas absolutas ni '..'");
    }
    String sheet = fields.getOrDefault("foja", "").strip();
    return new ManifestLine(line, record, page, sheet.isEmpty() ? null : sheet, file);
  }
}
