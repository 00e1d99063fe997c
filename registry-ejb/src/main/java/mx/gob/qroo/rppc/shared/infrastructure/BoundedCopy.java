package mx.gob.qroo.rppc.shared.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violation;

/**
 * An upload copied into a file, refused as the client's error ({@code file}) once it passes its
 * limit, so that a file too large is never read to its end.
 */
public final class BoundedCopy {

  /** What else is done with each chunk read (hashing it, keeping its first bytes). */
  public interface Chunk {
    void read(byte[] buffer, int length);
  }

  /** Nothing else is done with the chunks. */
  public static final Chunk ONLY = (buffer, length) -> {};

  private BoundedCopy() {}

  /** Copies {@code in} to {@code out}; returns the bytes copied. */
  public static long copy(InputStream in, FileChannel out, long max, String tooLarge, Chunk chunk)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    int read;
    while ((read = in.read(buffer)) > 0) {
      size += read;
      if (size > max) {
        throw new InvalidRequestException(List.of(new Violation("file", tooLarge)));
      }
      chunk.read(buffer, read);
      ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    }
    return size;
  }
}
