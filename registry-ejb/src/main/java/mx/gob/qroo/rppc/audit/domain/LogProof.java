package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An offline proof that an event is in the log (C2SP {@code tlog-proof@v1}): the event's canonical
 * bytes as the {@code extra} data (so that whoever holds the proof rebuilds the leaf without asking
 * the registry), its leaf index, the RFC 9162 inclusion path up to a checkpoint, and that
 * checkpoint as a signed note with the log's signature and the witness's cosignature.
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 of the event's canonical bytes&gt;
 * index &lt;leaf index&gt;
 * &lt;base64 hash&gt;            one per line, from the leaf's sibling up
 *
 * &lt;checkpoint note and its signature lines&gt;
 * </pre>
 */
public record LogProof(byte[] event, long index, List<byte[]> path, String checkpointNote) {

  static final String HEADER = "c2sp.org/tlog-proof@v1";
  private static final int MAX_PATH = 64;

  public LogProof {
    event = event.clone();
    path = path.stream().map(byte[]::clone).toList();
    if (index < 0) {
      throw new IllegalArgumentException("índice negativo");
    }
  }

  @Override
  public byte[] event() {
    return event.clone();
  }

  /** The proof as text, as a {@code .tlog-proof} file holds it. */
  public String text() {
    Base64.Encoder b64 = Base64.getEncoder();
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("extra ").append(b64.encodeToString(event)).append('\n');
    text.append("index ").append(index).append('\n');
    for (byte[] hash : path) {
      text.append(b64.encodeToString(hash)).append('\n');
    }
    return text.append('\n').append(checkpointNote).toString();
  }

  /** Reads a proof; anything that is not exactly one is refused with the reason. */
  public static LogProof parse(String text) {
    String[] lines = text.split("\n", -1);
    int at = 0;
    if (lines.length < 4 || !lines[at++].equals(HEADER)) {
      throw new IllegalArgumentException("no es una prueba c2sp.org/tlog-proof@v1");
    }
    Base64.Decoder b64 = Base64.getDecoder();
    if (!lines[at].startsWith("extra ")) {
      throw new IllegalArgumentException("la prueba no trae el evento (línea extra)");
    }
    byte[] event = b64.decode(lines[at++].substring("extra ".length()));
    if (!lines[at].matches("index (0|[1-9][0-9]{0,18})")) {
      throw new IllegalArgumentException("índice de hoja inválido: " + lines[at]);
    }
    long index = Long.parseLong(lines[at++].substring("index ".length()));
    List<byte[]> path = new ArrayList<>();
    while (at < lines.length && !lines[at].isEmpty()) {
      byte[] hash = b64.decode(lines[at++]);
      if (hash.length != MerkleHash.LENGTH || path.size() == MAX_PATH) {
        throw new IllegalArgumentException("camino de inclusión inválido");
      }
      path.add(hash);
    }
    if (at >= lines.length) {
      throw new IllegalArgumentException("la prueba no trae el punto de control");
    }
    String note = String.join("\n", Arrays.copyOfRange(lines, at + 1, lines.length));
    return new LogProof(event, index, path, note);
  }

  /**
   * Checks the proof with the keys the checker trusts, not the registry's word: the checkpoint is
   * signed by the log and cosigned by the witness, and the event's leaf is at its index in that
   * tree. Returns the checkpoint; refuses with the reason otherwise.
   */
  public Checkpoint verify(NoteKey logKey, NoteKey witness) {
    Checkpoint checkpoint = SignedNote.open(checkpointNote, logKey);
    if (Cosignature.of(checkpointNote, witness).isEmpty()) {
      throw new IllegalArgumentException(
          "el punto de control de la prueba no lleva la cofirma del testigo " + witness.name());
    }
    if (!MerkleVerification.inclusion(
        index, checkpoint.treeSize(), MerkleHash.leaf(event), path, checkpoint.rootHash())) {
      throw new IllegalArgumentException(
          "el evento no está en la hoja "
              + index
              + " del árbol de "
              + checkpoint.treeSize()
              + " hojas que firma el punto de control");
    }
    return checkpoint;
  }

  /**
   * Whether the event says the registry issued a record of this type whose SHA-256 is {@code
   * sha256} (action CREATE, the hash in {@code entryHash}). The event is RFC 8785 JSON, in which a
   * quotation mark inside a string is always escaped: each member sought, with the delimiters
   * around it, can only be read where it is that member.
   */
  public boolean sealsRecord(String resourceType, String sha256) {
    String json = new String(event, StandardCharsets.UTF_8);
    return has(json, "action", "CREATE")
        && has(json, "resourceType", resourceType)
        && has(json, "entryHash", sha256);
  }

  private static boolean has(String json, String member, String value) {
    String pair = "\"" + member + "\":\"" + value + "\"";
    return json.contains("{" + pair + ",")
        || json.contains("," + pair + ",")
        || json.contains("," + pair + "}");
  }
}
