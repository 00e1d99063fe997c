package mx.gob.qroo.rppc.audit.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** One line of an export (leaves, entries), UTF-8, with its newline. */
  public static void writeLine(OutputStream out, String line) {
    try {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
