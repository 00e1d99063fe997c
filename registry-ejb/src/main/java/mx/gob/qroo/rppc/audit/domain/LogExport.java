package mx.gob.qroo.rppc.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The verifier's input format. Leaves: one {@link ExportedLeaf#line()} per line, in index order
 * (UTF-8). Checkpoints: the signed notes one after the other, each followed by a line holding only
 * {@value #SEPARATOR}.
 */
public final class LogExport {

  public static final String SEPARATOR = "~";

  private LogExport() {}

  public static String checkpoints(List<String> signedNotes) {
    StringBuilder text = new StringBuilder();
    signedNotes.forEach(note -> text.append(note).append(SEPARATOR).append('\n'));
    return text.toString();
  }

  public static List<String> parseCheckpoints(String text) {
    List<String> notes = new ArrayList<>();
    StringBuilder note = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.equals(SEPARATOR)) {
        notes.add(note.toString());
        note.setLength(0);
      } else if (!line.isEmpty() || note.length() > 0) {
        note.append(line).append('\n');
      }
    }
    if (!note.toString().isBlank()) {
      throw new IllegalArgumentException("la última nota no termina con una línea '~'");
    }
    return notes;
  }
}
