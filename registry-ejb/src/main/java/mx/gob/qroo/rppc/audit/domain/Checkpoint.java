package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A checkpoint of the log in the C2SP {@code tlog-checkpoint} format: the log's origin line, the
 * tree size in decimal and the root hash in standard base64, each ending in a newline. Signed, it
 * becomes a {@link SignedNote}.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    if (origin.isBlank() || origin.contains("\n")) {
      throw new IllegalArgumentException("el origen es una sola línea no vacía");
    }
    if (treeSize < 0 || rootHash.length != MerkleHash.LENGTH) {
      throw new IllegalArgumentException("tamaño o raíz inválidos");
    }
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** The note text that is signed. */
  public String text() {
    return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
  }

  /** Reads the body of a note; refuses anything that is not exactly a checkpoint. */
  public static Checkpoint parse(String text) {
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("un punto de control termina en salto de línea");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw new IllegalArgumentException("un punto de control tiene origen, tamaño y raíz");
    }
    if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
      throw new IllegalArgumentException("tamaño de árbol inválido: " + lines[1]);
    }
    byte[] root = Base64.getDecoder().decode(lines[2].getBytes(StandardCharsets.US_ASCII));
    return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint other
        && origin.equals(other.origin)
        && treeSize == other.treeSize
        && Arrays.equals(rootHash, other.rootHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash));
  }

  @Override
  public String toString() {
    return text();
  }
}
