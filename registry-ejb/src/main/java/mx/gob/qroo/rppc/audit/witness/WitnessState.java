package mx.gob.qroo.rppc.audit.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;

/**
 * What the witness remembers, in a directory of its own: per log (origin), the latest checkpoint it
 * cosigned, replaced atomically and on disk before the cosignature is answered; and every refusal,
 * appended to {@code refusals.log}, as the evidence of a log's misbehaviour.
 */
final class WitnessState {

  private final Path dir;

  WitnessState(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo crear " + dir, e);
    }
  }

  Optional<Checkpoint> latest(String origin) {
    Path file = fileOf(origin);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Checkpoint.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo leer " + file, e);
    }
  }

  void store(Checkpoint checkpoint) {
    Path file = fileOf(checkpoint.origin());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      write(temporary, checkpoint.text(), StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
        directory.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo guardar el punto de control en " + file, e);
    }
  }

  void refused(Instant at, int status, String reason, String request) {
    String entry =
        at + " " + status + " " + reason + "\n" + request.indent(4).stripTrailing() + "\n\n";
    try {
      write(dir.resolve("refusals.log"), entry, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo anotar el rechazo", e);
    }
  }

  private static void write(Path file, String text, StandardOpenOption mode) throws IOException {
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
      out.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      out.force(true);
    }
  }

  private Path fileOf(String origin) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(hash) + ".checkpoint");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
