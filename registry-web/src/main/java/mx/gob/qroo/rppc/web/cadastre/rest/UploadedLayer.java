package mx.gob.qroo.rppc.web.cadastre.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.shared.infrastructure.BoundedCopy;

/**
 * A layer file received as a request body, kept in an owner-only temporary folder of its own for as
 * long as the import needs it, and refused once it passes {@code rppc.layers.max-bytes} (1 GB by
 * default) without being read to its end. Its name is not trusted: the importer reads its format
 * from its bytes.
 */
public final class UploadedLayer implements AutoCloseable {

  private static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;

  private final Path folder;
  private final Path file;

  private UploadedLayer(Path folder, Path file) {
    this.folder = folder;
    this.file = file;
  }

  public static UploadedLayer save(InputStream body) {
    long max = Long.getLong("rppc.layers.max-bytes", DEFAULT_MAX_BYTES);
    Path folder = null;
    try {
      folder = Files.createTempDirectory("rppc-layer-");
      Path file = folder.resolve("capa");
      try (FileChannel out =
          FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        BoundedCopy.copy(
            body,
            out,
            max,
            "la capa pasa de " + max / (1024 * 1024) + " MB, el máximo que se recibe",
            BoundedCopy.ONLY);
      }
      return new UploadedLayer(folder, file);
    } catch (IOException e) {
      delete(folder);
      throw new IllegalStateException("no se pudo guardar el archivo recibido", e);
    } catch (RuntimeException e) {
      delete(folder);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    delete(folder);
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
