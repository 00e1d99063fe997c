package mx.gob.qroo.rppc.audit.domain;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A checkpoint signed in the C2SP {@code signed-note} format: the note text, a blank line, and one
 * line per signature, {@code — <key name> <base64(key hash || signature)>} (an em dash, U+2014).
 * The log's own signature and the witnesses' cosignatures ({@link Cosignature}) are such lines.
 */
public final class SignedNote {

  static final String DASH = "\u2014 ";

  private SignedNote() {}

  /** A note's text and its signature lines, each as key name and decoded payload. */
  record Parts(String text, List<Line> lines) {}

  /** One signature line; a payload that is not base64 is kept as null (it verifies nothing). */
  record Line(String keyName, byte[] payload) {}

  /** The signed note of a checkpoint. */
  public static String sign(Checkpoint checkpoint, NoteKey key, PrivateKey privateKey) {
    return checkpoint.text() + "\n" + line(key, key.sign(privateKey, checkpoint.text()));
  }

  static String line(NoteKey key, byte[] payload) {
    return DASH + key.name() + " " + Base64.getEncoder().encodeToString(payload) + "\n";
  }

  /**
   * The checkpoint of a signed note, if {@code key} signed it; anything else (another key, an
   * altered text, a malformed note) is refused with the reason.
   */
  public static Checkpoint open(String note, NoteKey key) {
    Parts parts = split(note);
    for (Line line : parts.lines()) {
      if (line.keyName().equals(key.name())
          && line.payload() != null
          && key.verifies(parts.text(), line.payload())) {
        return Checkpoint.parse(parts.text());
      }
    }
    throw new IllegalArgumentException("la nota no lleva una firma válida de " + key.name());
  }

  static Parts split(String note) {
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      throw new IllegalArgumentException("nota firmada mal formada");
    }
    List<Line> lines = new ArrayList<>();
    for (String line : note.substring(split + 2, note.length() - 1).split("\n")) {
      if (!line.startsWith(DASH)) {
        throw new IllegalArgumentException("línea de firma mal formada: " + line);
      }
      String[] fields = line.substring(DASH.length()).split(" ");
      if (fields.length != 2) {
        continue; // verifies nothing, like a line of an unknown key
      }
      byte[] payload;
      try {
        payload = Base64.getDecoder().decode(fields[1]);
      } catch (IllegalArgumentException e) {
        payload = null;
      }
      lines.add(new Line(fields[0], payload));
    }
    return new Parts(note.substring(0, split + 1), lines);
  }
}
