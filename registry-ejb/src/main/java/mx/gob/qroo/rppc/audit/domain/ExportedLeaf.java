package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
  private static final Pattern ENTRY_HASH = Pattern.compile("\"entryHash\":\"([0-9a-f]{64})\"");
  private static final Pattern RESOURCE_ID = Pattern.compile("\"resourceId\":\"([^\"]+)\"");

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

  /**
   * The entry this leaf's event seals, if it is a seal: intact when the event still gives the
   * stored leaf hash. Only the top-level members of canonical JSON hold an unescaped quote before a
   * colon.
   */
  public Optional<SealedEntry> seal() {
    if (canonicalBytes == null) {
      return Optional.empty();
    }
    String json = new String(canonicalBytes, StandardCharsets.UTF_8);
    if (!json.contains("\"resourceType\":\"" + SealedEntry.RESOURCE_TYPE + "\"")) {
      return Optional.empty();
    }
    Matcher hash = ENTRY_HASH.matcher(json);
    Matcher resource = RESOURCE_ID.matcher(json);
    if (!hash.find() || !resource.find()) {
      return Optional.empty();
    }
    boolean intact = MessageDigest.isEqual(MerkleHash.leaf(canonicalBytes), storedHash);
    return SealedEntry.of(resource.group(1), hash.group(1), intact);
  }
}
