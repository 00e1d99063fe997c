package mx.gob.qroo.rppc.audit.domain;

import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * A witness's cosignature of a checkpoint (C2SP {@code tlog-cosignature}, Ed25519 type): a signed
 * note line whose payload is key hash || timestamp (8 bytes, big-endian POSIX seconds) || Ed25519
 * signature of {@code "cosignature/v1\ntime <timestamp>\n"} followed by the checkpoint's text. It
 * says: at that time, this is the largest tree of that log the witness has seen consistent.
 */
public final class Cosignature {

  private static final int LENGTH = 4 + 8 + 64;

  private Cosignature() {}

  /** The cosignature line, ending in a newline, to append to the checkpoint's signed note. */
  public static String line(
      Checkpoint checkpoint, NoteKey witness, PrivateKey privateKey, long timestamp) {
    if (!witness.isCosigner()) {
      throw new IllegalArgumentException("la llave " + witness.name() + " no es de testigo");
    }
    byte[] signature = NoteKey.ed25519(privateKey, message(timestamp, checkpoint.text()));
    ByteBuffer payload = ByteBuffer.allocate(LENGTH);
    payload.put(witness.keyHash()).putLong(timestamp).put(signature);
    return SignedNote.line(witness, payload.array());
  }

  /**
   * When {@code witness} cosigned the checkpoint of this note, or empty if no line of the note is
   * its valid cosignature.
   */
  public static OptionalLong of(String note, NoteKey witness) {
    if (!witness.isCosigner()) {
      return OptionalLong.empty();
    }
    SignedNote.Parts parts = SignedNote.split(note);
    for (SignedNote.Line line : parts.lines()) {
      byte[] payload = line.payload();
      if (!line.keyName().equals(witness.name())
          || payload == null
          || payload.length != LENGTH
          || !Arrays.equals(Arrays.copyOf(payload, 4), witness.keyHash())) {
        continue;
      }
      long timestamp = ByteBuffer.wrap(payload, 4, 8).getLong();
      if (timestamp >= 0
          && witness.ed25519Verifies(
              message(timestamp, parts.text()), Arrays.copyOfRange(payload, 12, LENGTH))) {
        return OptionalLong.of(timestamp);
      }
    }
    return OptionalLong.empty();
  }

  private static String message(long timestamp, String checkpointText) {
    return "cosignature/v1\ntime " + timestamp + "\n" + checkpointText;
  }
}
