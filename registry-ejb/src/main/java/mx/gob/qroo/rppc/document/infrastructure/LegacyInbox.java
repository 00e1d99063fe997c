package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.shared.infrastructure.BoundedCopy;

/**
 * The folder batches of scanned book pages are taken from ({@code rppc.legacy.inbox}): each batch
 * is a folder or a ZIP directly inside it, copied there by the digitization team or uploaded.
 */
@ApplicationScoped
public class LegacyInbox {

  public Path root() {
    return Path.of(
        System.getProperty(
            "rppc.legacy.inbox",
            Path.of(System.getProperty("jboss.server.data.dir", "."), "legacy-inbox").toString()));
  }

  /** The batches waiting in the inbox: folders with a manifest, and ZIP files, by name. */
  public List<String> batches() {
    Path root = root();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(root)) {
      return entries
          .filter(
              p ->
                  Files.isRegularFile(p.resolve(BatchSource.MANIFEST))
                      || (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".zip")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo leer la bandeja de lotes", e);
    }
  }

  /**
   * A batch of the inbox by its name (a plain name: no folders, no '..').
   *
   * @throws IllegalArgumentException when there is no such batch
   */
  public Path resolve(String name) {
    if (name == null
        || name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.startsWith(".")) {
      throw new IllegalArgumentException("indique el nombre de un lote de la bandeja");
    }
    Path batch = root().resolve(name.strip());
    if (!Files.exists(batch)) {
      throw new IllegalArgumentException("no hay un lote llamado '" + name + "' en la bandeja");
    }
    return batch;
  }

  static final long DEFAULT_MAX_UPLOAD_BYTES = 2L * 1024 * 1024 * 1024;

  /** The largest ZIP taken by upload ({@code rppc.legacy.max-upload-bytes}, 2 GB by default). */
  public long maxUploadBytes() {
    String configured = System.getProperty("rppc.legacy.max-upload-bytes");
    return configured == null ? DEFAULT_MAX_UPLOAD_BYTES : Long.parseLong(configured.strip());
  }

  /**
   * Keeps an uploaded ZIP in the inbox under a new name, fsynced; returns that name. A ZIP past
   * {@link #maxUploadBytes()} is refused and nothing of it is kept (larger batches are copied into
   * the inbox's folder).
   */
  public String keep(InputStream zip, String name) {
    try {
      Path root = Files.createDirectories(root());
      Path temp = Files.createTempFile(root, ".upload-", ".part");
      try {
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          long max = maxUploadBytes();
          BoundedCopy.copy(
              zip,
              out,
              max,
              "el lote pasa del límite de "
                  + max / (1024 * 1024)
                  + " MB: cópielo a la bandeja de lotes del servidor",
              (buffer, read) -> {});
          out.force(true);
        }
        Path target = root.resolve(name);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return name;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo guardar el lote", e);
    }
  }
}
