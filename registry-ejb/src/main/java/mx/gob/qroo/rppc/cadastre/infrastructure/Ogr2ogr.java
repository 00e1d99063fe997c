package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mx.gob.qroo.rppc.cadastre.domain.SourceFormat;

/**
 * GDAL's {@code ogr2ogr} (Debian {@code gdal-bin}), writing a source layer as the SQL of its
 * PostgreSQL dump driver: a table in {@code gis_staging}, geometries promoted to multi and kept in
 * the source CRS. The application runs that SQL in its own transaction, so ogr2ogr needs no
 * database credentials and a failed import leaves no staging table behind.
 */
final class Ogr2ogr {

  private static final long TIMEOUT_MINUTES = 30;

  private Ogr2ogr() {}

  /**
   * The dump of {@code source} as table {@code gis_staging.<table>} with its geometry in column
   * {@code geom} and the source's feature id in {@code source_fid}.
   *
   * @param assignSrid the CRS to stamp on the geometries when GDAL cannot read it from the source
   *     (GeoJSON's geometry-level {@code crs}), or null
   */
  static Path dump(
      Path source, SourceFormat format, String layer, String table, Integer assignSrid) {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "ogr2ogr",
            "-f",
            "PGDump",
            "--config",
            "PG_USE_COPY",
            "NO",
            "-lco",
            "SCHEMA=gis_staging",
            "-lco",
            "CREATE_SCHEMA=OFF",
            "-lco",
            "GEOMETRY_NAME=geom",
            "-lco",
            "FID=source_fid",
            "-lco",
            "SPATIAL_INDEX=NONE",
            "-lco",
            "DROP_TABLE=OFF",
            "-nlt",
            "PROMOTE_TO_MULTI",
            "-nln",
            table));
    if (assignSrid != null) {
      command.addAll(List.of("-a_srs", "EPSG:" + assignSrid));
    }
    Path output;
    Path errors;
    try {
      output = Files.createTempFile("rppc-ogr2ogr-", ".sql");
      errors = Files.createTempFile("rppc-ogr2ogr-", ".err");
    } catch (IOException e) {
      throw new IllegalStateException("no se pudo crear un archivo temporal", e);
    }
    command.add(output.toString());
    command.add(format == SourceFormat.SHAPEFILE ? "/vsizip/" + source : source.toString());
    if (layer != null && !layer.isBlank()) {
      command.add(layer);
    }
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(Path.of("/dev/null").toFile())
              .redirectError(errors.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("ogr2ogr no terminó en " + TIMEOUT_MINUTES + " minutos");
      }
      if (process.exitValue() != 0) {
        Files.deleteIfExists(output);
        throw new IllegalArgumentException(
            "GDAL no pudo leer la capa: "
                + Files.readString(errors, StandardCharsets.UTF_8).trim());
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(
          "no se pudo ejecutar ogr2ogr (paquete Debian gdal-bin; ./registry up lo instala)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("importación interrumpida", e);
    } finally {
      try {
        Files.deleteIfExists(errors);
      } catch (IOException ignored) {
        // a leftover error file in the temporary folder is harmless
      }
    }
  }
}
