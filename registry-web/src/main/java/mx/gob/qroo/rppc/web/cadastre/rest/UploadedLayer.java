package mx.gob.qroo.rppc.web.cadastre.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.cadastre.domain.SourceFormat;

/**
 * A layer file received as a request body, kept in a temporary folder of its own (with the
 * extension of its format, which ogr2ogr goes by) for as long as the import needs it.
 */
public final class UploadedLayer implements AutoCloseable {

  private final Path folder;
  private final Path file;

  private UploadedLayer(Path folder, Path file) {
    this.folder = folder;
    this.file = file;
  }

  public static UploadedLayer save(InputStream body, SourceFormat format) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("rppc-layer-");
      Path file = folder.resolve("capa" + extension(format));
      Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      return new UploadedLayer(folder, file);
    } catch (IOException e) {
      delete(folder);
      throw new IllegalStateException("no se pudo guardar el archivo recibido", e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    delete(folder);
  }

  private static String extension(SourceFormat format) {
    return switch (format) {
      case GEOJSON -> ".geojson";
      case GEOPACKAGE -> ".gpkg";
      case SHAPEFILE -> ".zip";
    };
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless
    }
  }
}
