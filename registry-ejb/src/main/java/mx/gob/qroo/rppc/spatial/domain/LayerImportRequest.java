package mx.gob.qroo.rppc.spatial.domain;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * An import of a reference layer from a file: which layer it feeds, how its attributes map, the CRS
 * to assume when the source names none ({@code srid}, else null), the layer inside a multi-layer
 * source ({@code sourceLayer}, else null), and whether invalid geometries may be repaired ({@code
 * ST_MakeValid}) instead of rejecting the import.
 */
public record LayerImportRequest(
    Path file,
    String sourceName,
    SpatialLayer layer,
    FieldMapping mapping,
    Integer srid,
    String sourceLayer,
    boolean repair) {

  public LayerImportRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(layer, "layer");
    sourceName =
        sourceName == null || sourceName.isBlank() ? file.getFileName().toString() : sourceName;
    mapping = mapping == null ? layer.defaultMapping() : mapping;
    if (srid != null && srid <= 0) {
      throw InvalidRequestException.of("srid", "el código EPSG debe ser positivo");
    }
    sourceLayer = sourceLayer == null || sourceLayer.isBlank() ? null : sourceLayer.trim();
    if (sourceLayer != null && !SOURCE_LAYER.matcher(sourceLayer).matches()) {
      // it is handed to ogr2ogr as an argument: never something it could read as an option
      throw InvalidRequestException.of(
          "sourceLayer",
          "nombre de capa de origen inválido: '" + sourceLayer + "' (letras, dígitos, _ . -)");
    }
  }

  private static final Pattern SOURCE_LAYER = Pattern.compile("[\\p{L}0-9_][\\p{L}0-9_ .-]{0,127}");
}
