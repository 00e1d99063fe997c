package mx.gob.qroo.rppc.document.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A batch of scanned book pages: a folder, or a ZIP, holding {@code manifest.csv} and the page
 * files it names (relative to the manifest). A ZIP made of a folder (its one top folder holding the
 * manifest) is read the same way. Names never reach outside the batch.
 */
public abstract sealed class BatchSource implements Closeable {

  public static final String MANIFEST = "manifest.csv";

  /** The manifest, as UTF-8 text. */
  public abstract Reader manifest() throws IOException;

  /**
   * A page file's bytes.
   *
   * @throws NoSuchFileException when the batch has no such file
   */
  public abstract InputStream page(String name) throws IOException;

  public static BatchSource open(Path path) {
    try {
      return Files.isDirectory(path) ? new Folder(path) : new Zip(path);
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo abrir el lote " + path.getFileName(), e);
    }
  }

  static final class Folder extends BatchSource {
    private final Path root;

    Folder(Path root) throws NoSuchFileException {
      this.root = root.toAbsolutePath().normalize();
      if (!Files.isRegularFile(this.root.resolve(MANIFEST))) {
        throw new NoSuchFileException(MANIFEST);
      }
    }

    @Override
    public Reader manifest() throws IOException {
      return Files.newBufferedReader(root.resolve(MANIFEST), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream page(String name) throws IOException {
      Path file = root.resolve(name).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        throw new NoSuchFileException(name);
      }
      return Files.newInputStream(file);
    }

    @Override
    public void close() {
      // nothing held open
    }
  }

  static final class Zip extends BatchSource {
    private final ZipFile zip;
    private final String prefix;

    Zip(Path file) throws IOException {
      this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
      this.prefix = prefix(zip);
    }

    /** "" when the manifest is at the top, "folder/" when it is in the ZIP's one top folder. */
    private static String prefix(ZipFile zip) throws IOException {
      if (zip.getEntry(MANIFEST) != null) {
        return "";
      }
      List<String> nested =
          zip.stream()
              .map(ZipEntry::getName)
              .filter(n -> n.endsWith("/" + MANIFEST) && n.indexOf('/') == n.length() - 13)
              .toList();
      if (nested.size() != 1) {
        zip.close();
        throw new NoSuchFileException(MANIFEST);
      }
      return nested.get(0).substring(0, nested.get(0).length() - MANIFEST.length());
    }

    @Override
    public Reader manifest() throws IOException {
      return new InputStreamReader(page(MANIFEST), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream page(String name) throws IOException {
      ZipEntry entry = zip.getEntry(prefix + name);
      if (entry == null || entry.isDirectory()) {
        throw new NoSuchFileException(name);
      }
      return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }
}
