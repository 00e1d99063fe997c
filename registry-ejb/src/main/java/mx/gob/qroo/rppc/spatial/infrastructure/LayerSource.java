package mx.gob.qroo.rppc.spatial.infrastructure;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.shared.domain.UnsupportedFormatException;
import mx.gob.qroo.rppc.spatial.domain.SourceFormat;

/**
 * An uploaded layer as GDAL will read it: its format decided from its bytes (never from its name),
 * the path to open, and a private working folder (owner-only) for ogr2ogr's output, deleted on
 * close. A zipped Shapefile is unpacked there member by member ({@link ShapefileArchive}), so GDAL
 * opens one {@code .shp} by name and nothing else the archive might hold.
 */
final class LayerSource implements AutoCloseable {

  private static final byte[] SQLITE =
      "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * GeoPackage's application_id (offset 68 of the SQLite header): "GPKG", or 1.0's "GP10"/"GP11".
   */
  private static final Set<Integer> GEOPACKAGE_IDS = Set.of(0x47504B47, 0x47503130, 0x47503131);

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final Set<String> GEOJSON_TYPES = Set.of("FeatureCollection", "Feature");

  private final SourceFormat format;
  private final Path path;
  private final Path workFolder;

  private LayerSource(SourceFormat format, Path path, Path workFolder) {
    this.format = format;
    this.path = path;
    this.workFolder = workFolder;
  }

  /**
   * @param sourceLayer the Shapefile to open when an archive holds several (its name without
   *     extension), else null
   */
  static LayerSource open(Path file, String sourceLayer) {
    SourceFormat format = detect(file);
    Path work;
    try {
      work = Files.createTempDirectory("rppc-gdal-");
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo crear la carpeta de trabajo de GDAL", e);
    }
    try {
      Path path =
          format == SourceFormat.SHAPEFILE
              ? ShapefileArchive.unpack(file, work.resolve("shp"), sourceLayer)
              : file;
      return new LayerSource(format, path, work);
    } catch (RuntimeException e) {
      delete(work);
      throw e;
    }
  }

  /** The format of a layer file by its bytes, or a refusal naming the accepted ones. */
  static SourceFormat detect(Path file) {
    byte[] head = new byte[100];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo leer el archivo recibido", e);
    }
    if (read >= 72 && startsWith(head, SQLITE)) {
      if (GEOPACKAGE_IDS.contains(ByteBuffer.wrap(head, 68, 4).getInt())) {
        return SourceFormat.GEOPACKAGE;
      }
      throw refused("es una base de datos SQLite que no es GeoPackage");
    }
    if (startsWith(head, ZIP)) {
      return SourceFormat.SHAPEFILE;
    }
    if (firstCharacterIsBrace(head, read) && isGeoJson(file)) {
      return SourceFormat.GEOJSON;
    }
    throw refused("no es GeoJSON, GeoPackage ni Shapefile comprimido");
  }

  SourceFormat format() {
    return format;
  }

  Path path() {
    return path;
  }

  Path workFolder() {
    return workFolder;
  }

  @Override
  public void close() {
    delete(workFolder);
  }

  static UnsupportedFormatException refused(String why) {
    return new UnsupportedFormatException(
        "el archivo "
            + why
            + ": se aceptan GeoJSON, GeoPackage y Shapefile comprimido en .zip (solo .shp, .shx,"
            + " .dbf, .prj y .cpg)");
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    return Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** After an optional UTF-8 byte order mark and white space. */
  private static boolean firstCharacterIsBrace(byte[] head, int read) {
    int i =
        read >= 3
                && (head[0] & 0xff) == 0xEF
                && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF
            ? 3
            : 0;
    while (i < read && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
      i++;
    }
    return i < read && head[i] == '{';
  }

  /** A JSON object whose own {@code type} member says FeatureCollection or Feature. */
  private static boolean isGeoJson(Path file) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = Json.createParser(in)) {
      int depth = 0;
      boolean typeKey = false;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {
            typeKey = depth == 1 && "type".equals(parser.getString());
            continue;
          }
          case VALUE_STRING -> {
            if (typeKey) {
              return GEOJSON_TYPES.contains(parser.getString());
            }
          }
          default -> {}
        }
        typeKey = false;
        if (depth == 0) {
          return false;
        }
      }
      return false;
    } catch (JsonParsingException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo leer el archivo recibido", e);
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless
    }
  }
}
