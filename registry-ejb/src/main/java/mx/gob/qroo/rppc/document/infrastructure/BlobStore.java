package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violation;

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
        long size = 0;
        long max = maxBytes();
        byte[] head = new byte[0];
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          byte[] buffer = new byte[64 * 1024];
          int read;
          while ((read = in.read(buffer)) > 0) {
            size += read;
            if (size > max) {
              throw new InvalidRequestException(
                  List.of(
                      new Violation(
                          "file", "el archivo pasa del límite de " + max / (1024 * 1024) + " MB")));
            }
            if (head.length < 8192) {
              head = concat(head, buffer, read);
            }
            digest.update(buffer, 0, read);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
            while (chunk.hasRemaining()) {
              out.write(chunk);
            }
          }
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
        return new Stored(sha256, size, head);
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

  private static byte[] concat(byte[] head, byte[] buffer, int read) {
    int take = Math.min(read, 8192 - head.length);
    byte[] joined = Arrays.copyOf(head, head.length + take);
    System.arraycopy(buffer, 0, joined, head.length, take);
    return joined;
  }
}
