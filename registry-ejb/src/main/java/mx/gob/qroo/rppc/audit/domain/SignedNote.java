package mx.gob.qroo.rppc.audit.domain;

import java.security.PrivateKey;
import java.util.Base64;

/**
 * A checkpoint signed in the C2SP {@code signed-note} format: the note text, a blank line, and one
 * line per signature, {@code — <key name> <base64(key hash || signature)>} (an em dash, U+2014).
 */
public final class SignedNote {

  private static final String DASH = "\u2014 ";

  private SignedNote() {}

  /** The signed note of a checkpoint. */
  public static String sign(Checkpoint checkpoint, NoteKey key, PrivateKey privateKey) {
    String text = checkpoint.text();
    return text
        + "\n"
        + DASH
        + key.name()
        + " "
        + Base64.getEncoder().encodeToString(key.sign(privateKey, text))
        + "\n";
  }

  /**
   * The checkpoint of a signed note, if {@code key} signed it; anything else (another key, an
   * altered text, a malformed note) is refused with the reason.
   */
  public static Checkpoint open(String note, NoteKey key) {
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      throw new IllegalArgumentException("nota firmada mal formada");
    }
    String text = note.substring(0, split + 1);
    for (String line : note.substring(split + 2, note.length() - 1).split("\n")) {
      if (!line.startsWith(DASH)) {
        throw new IllegalArgumentException("línea de firma mal formada: " + line);
      }
      String[] parts = line.substring(DASH.length()).split(" ");
      if (parts.length == 2 && parts[0].equals(key.name())) {
        byte[] payload;
        try {
          payload = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (key.verifies(text, payload)) {
          return Checkpoint.parse(text);
        }
      }
    }
    throw new IllegalArgumentException("la nota no lleva una firma válida de " + key.name());
  }
}
