package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One leaf as the log exports it for the verifier: its index, the leaf hash stored when it was
 * appended, and the canonical bytes of its event as the database holds it now (absent when the
 * event row is gone). One line of the export, tab-separated: {@code index}, base64 leaf hash, the
 * canonical JSON (JCS escapes every control character, so it never holds a tab or a newline) or
 * {@code -}.
 */
public record ExportedLeaf(long index, byte[] storedHash, byte[] canonicalBytes) {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern OCCURRED_AT = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");

  public static ExportedLeaf of(long index, byte[] storedHash, LoggedEvent event) {
    return new ExportedLeaf(index, storedHash, event == null ? null : event.canonicalBytes());
  }

  /** The export line, without its newline. */
  public String line() {
    return index
        + "\t"
        + Base64.getEncoder().encodeToString(storedHash)
        + "\t"
        + (canonicalBytes == null ? "-" : new String(canonicalBytes, StandardCharsets.UTF_8));
  }

  public static ExportedLeaf parse(String line) {
    String[] fields = line.split("\t", 3);
    if (fields.length != 3) {
      throw new IllegalArgumentException("línea de exportación mal formada: " + line);
    }
    return new ExportedLeaf(
        Long.parseLong(fields[0]),
        Base64.getDecoder().decode(fields[1]),
        fields[2].equals("-") ? null : fields[2].getBytes(StandardCharsets.UTF_8));
  }

  /** The event's id as its canonical bytes say, for reports. */
  public Optional<Long> eventId() {
    if (canonicalBytes == null) {
      return Optional.empty();
    }
    Matcher m = ID.matcher(new String(canonicalBytes, StandardCharsets.UTF_8));
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  /** The event's occurredAt as its canonical bytes say, for the ordering check. */
  Optional<String> occurredAt() {
    if (canonicalBytes == null) {
      return Optional.empty();
    }
    Matcher m = OCCURRED_AT.matcher(new String(canonicalBytes, StandardCharsets.UTF_8));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
