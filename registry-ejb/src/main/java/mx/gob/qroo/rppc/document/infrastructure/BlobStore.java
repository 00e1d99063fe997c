package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.shared.infrastructure.BoundedCopy;

/**
 * Files named by their SHA-256 under the storage root ({@code rppc.documents.root}): {@code
 * ab/cd/abcd…}. A file is streamed to a temporary file while hashed (and refused past {@code
 * rppc.documents.max-bytes}, 50 MB by default), forced to disk, then moved into place and its
 * directory forced, before the caller records it: when the row commits, the bytes are durable.
 * Content already stored is not written twice.
 */
@ApplicationScoped
public class BlobStore {

  static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** How many first bytes are kept for detecting the type. */
  private static final int HEAD_BYTES = 8192;

  /** A stored content: its hash, size and the first bytes (for detecting its type). */
  public record Stored(String sha256, long size, byte[] head) {}

  public Path root() {
    return Path.of(
        System.getProperty(
            "rppc.documents.root",
            Path.of(System.getProperty("jboss.server.data.dir", "."), "documents").toString()));
  }

  public long maxBytes() {
    String configured = System.getProperty("rppc.documents.max-bytes");
    return configured == null ? DEFAULT_MAX_BYTES : Long.parseLong(configured.trim());
  }

  public Path pathOf(String sha256) {
    return root().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  public Stored store(InputStream in) {
    Path root = root();
    try {
      Files.createDirectories(root.resolve("tmp"));
      Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long max = maxBytes();
        ByteArrayOutputStream head = new ByteArrayOutputStream(HEAD_BYTES);
        long size;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          size =
              BoundedCopy.copy(
                  in,
                  out,
                  max,
                  "el archivo pasa del límite de " + max / (1024 * 1024) + " MB",
                  (buffer, read) -> {
                    head.write(buffer, 0, Math.min(read, HEAD_BYTES - head.size()));
                    digest.update(buffer, 0, read);
                  });
          out.force(true);
        }
        if (size == 0) {
          throw new InvalidRequestException(
              List.of(new Violation("file", "el archivo está vacío")));
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        if (!Files.exists(target)) {
          moveIntoPlace(temp, target);
          forceDirectory(target.getParent());
        }
        return new Stored(sha256, size, head.toByteArray());
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo guardar el archivo", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException raced) {
      // another upload of the same content got there first: same bytes
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException ignored) {
      // not every file system lets a directory be opened for this; the file itself is forced
    }
  }
}
