package mx.gob.qroo.rppc.spatial.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.Excerpt;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.spatial.domain.CrsOrigin;
import mx.gob.qroo.rppc.spatial.domain.SourceCrs;

/**
 * The CRS a GeoJSON file names. INEGI's files put a non-standard {@code crs} member on every
 * geometry (GDAL reads only the collection's), older files put it on the FeatureCollection, and an
 * RFC 7946 file names none (WGS 84). Read in one streaming pass, so large files cost no memory.
 */
final class GeoJsonCrs {

  private static final Pattern EPSG = Pattern.compile("(?i)EPSG:+(?:[0-9.]*:)?([0-9]+)$");
  private static final Pattern CRS84 = Pattern.compile("(?i).*CRS:?84$");
  private static final int WGS84 = 4326;

  private GeoJsonCrs() {}

  static SourceCrs of(Path file) {
    Integer collection = null;
    Integer geometry = null;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = Json.createParser(in)) {
      Deque<String> enclosing = new ArrayDeque<>();
      String key = null;
      while (parser.hasNext()) {
        switch (parser.next()) {
          case KEY_NAME -> key = parser.getString();
          case START_OBJECT -> {
            if ("crs".equals(key)) {
              int srid = srid(parser.getObject());
              if (enclosing.size() == 1) {
                collection = srid;
              } else if ("geometry".equals(enclosing.peek())) {
                if (geometry != null && geometry != srid) {
                  throw InvalidRequestException.of(
                      "file",
                      "las geometrías del GeoJSON declaran CRS distintos: EPSG:"
                          + geometry
                          + " y EPSG:"
                          + srid);
                }
                geometry = srid;
              }
            } else {
              enclosing.push(key == null ? "" : key);
            }
            key = null;
          }
          case START_ARRAY -> {
            enclosing.push(key == null ? "" : key);
            key = null;
          }
          case END_OBJECT, END_ARRAY -> enclosing.pop();
          default -> key = null;
        }
      }
    } catch (JsonParsingException e) {
      throw InvalidRequestException.of(
          "file", "el archivo no es JSON válido: " + Excerpt.bounded(e.getMessage(), 120));
    } catch (IOException e) {
      throw new IllegalStateException("no se pudo leer " + file, e);
    }
    if (geometry != null) {
      if (collection != null && !collection.equals(geometry)) {
        throw InvalidRequestException.of(
            "file", "el GeoJSON declara EPSG:" + collection + " y sus geometrías EPSG:" + geometry);
      }
      return new SourceCrs(geometry, CrsOrigin.GEOJSON_GEOMETRY_CRS);
    }
    if (collection != null) {
      return new SourceCrs(collection, CrsOrigin.GEOJSON_COLLECTION_CRS);
    }
    return new SourceCrs(WGS84, CrsOrigin.GEOJSON_DEFAULT);
  }

  /** {@code {"type":"name","properties":{"name":"EPSG:6365"}}} and its URN forms. */
  static int srid(JsonObject crs) {
    JsonValue properties = crs.get("properties");
    String name =
        properties instanceof JsonObject p && p.get("name") != null ? p.getString("name", "") : "";
    if (CRS84.matcher(name).matches()) {
      return WGS84;
    }
    Matcher m = EPSG.matcher(name.trim());
    if (!m.find()) {
      throw InvalidRequestException.of(
          "file",
          "miembro crs del GeoJSON no reconocido: "
              + Excerpt.of(name)
              + " (se espera un código EPSG)");
    }
    return Integer.parseInt(m.group(1));
  }
}
