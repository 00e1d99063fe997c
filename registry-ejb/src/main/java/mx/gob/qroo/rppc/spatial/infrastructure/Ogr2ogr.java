package mx.gob.qroo.rppc.spatial.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.spatial.domain.SourceFormat;

/**
 * GDAL's {@code ogr2ogr} (Debian {@code gdal-bin}), writing a source layer as the SQL of its
 * PostgreSQL dump driver: a table in {@code gis_staging}, geometries promoted to multi and kept in
 * the source CRS. The application runs that SQL in its own transaction, so ogr2ogr needs no
 * database credentials and a failed import leaves no staging table behind.
 *
 * <p>An upload is hostile until read: GDAL has only the driver its bytes were found to be (and the
 * dump's): every other driver is skipped ({@link GdalDrivers}; GDAL 3.6 has no {@code -if}), it
 * runs in the source's private folder with an environment that holds nothing of the server's (no
 * credential, no proxy) and no way out to the network, and what it says on failure goes to the
 * server log, not to the client.
 */
final class Ogr2ogr {

  private static final Logger LOG = Logger.getLogger(Ogr2ogr.class.getName());
  private static final long TIMEOUT_MINUTES = 30;

  /** The discard port of this host: anything GDAL or PROJ tried to fetch would fail at once. */
  private static final String NO_NETWORK_PROXY = "http://127.0.0.1:9";

  private Ogr2ogr() {}

  /**
   * The dump of {@code source} as table {@code gis_staging.<table>} with its geometry in column
   * {@code geom} and the source's feature id in {@code source_fid}.
   *
   * @param assignSrid the CRS to stamp on the geometries when GDAL cannot read it from the source
   *     (GeoJSON's geometry-level {@code crs}), or null
   */
  static Path dump(LayerSource source, String layer, String table, Integer assignSrid) {
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
    Path output = source.workFolder().resolve("dump.sql");
    Path errors = source.workFolder().resolve("ogr2ogr.err");
    command.add(output.toString());
    command.add(source.path().toString());
    if (layer != null && !layer.isBlank() && source.format() != SourceFormat.SHAPEFILE) {
      command.add(layer);
    }
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(source.workFolder().toFile())
              .redirectOutput(Path.of("/dev/null").toFile())
              .redirectError(errors.toFile());
      confine(builder.environment(), source);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("ogr2ogr no terminó en " + TIMEOUT_MINUTES + " minutos");
      }
      if (process.exitValue() != 0) {
        String said = Files.readString(errors, StandardCharsets.UTF_8).trim();
        LOG.warning(() -> "ogr2ogr no pudo leer una capa " + source.format() + ": " + said);
        throw InvalidRequestException.of(
            "file",
            "GDAL no pudo leer la capa como "
                + label(source.format())
                + ": el archivo está dañado, incompleto o no es lo que parece");
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(
          "no se pudo ejecutar ogr2ogr (paquete Debian gdal-bin; ./registry up lo instala)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("importación interrumpida", e);
    }
  }

  /** Only what ogr2ogr needs, and the settings that keep it to the uploaded bytes. */
  static void confine(Map<String, String> environment, LayerSource source) {
    Path workFolder = source.workFolder();
    environment.clear();
    environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    environment.put("HOME", workFolder.toString());
    environment.put("TMPDIR", workFolder.toString());
    environment.put("LANG", "C.UTF-8");
    environment.put("GDAL_SKIP", GdalDrivers.skippedFor(source.format()));
    environment.put("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    // GeoPackage is SQLite: no function of a view or trigger the file defines is trusted
    environment.put("OGR_SQLITE_PRAGMA", "trusted_schema=OFF");
    environment.put("PROJ_NETWORK", "OFF");
    environment.put("GDAL_HTTP_TIMEOUT", "1");
    environment.put("GDAL_HTTP_MAX_RETRY", "0");
    for (String proxy : List.of("http_proxy", "https_proxy", "ftp_proxy", "all_proxy")) {
      environment.put(proxy, NO_NETWORK_PROXY);
      environment.put(proxy.toUpperCase(Locale.ROOT), NO_NETWORK_PROXY);
    }
    environment.put("GDAL_HTTP_PROXY", "127.0.0.1:9");
  }

  static String driver(SourceFormat format) {
    return switch (format) {
      case GEOJSON -> "GeoJSON";
      case GEOPACKAGE -> "GPKG";
      case SHAPEFILE -> "ESRI Shapefile";
    };
  }

  private static String label(SourceFormat format) {
    return switch (format) {
      case GEOJSON -> "GeoJSON";
      case GEOPACKAGE -> "GeoPackage";
      case SHAPEFILE -> "Shapefile";
    };
  }
}
