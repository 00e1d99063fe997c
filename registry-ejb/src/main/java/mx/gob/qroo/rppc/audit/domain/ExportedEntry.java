package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry (asiento) as the registry exports it for the verifier: its folio and sequence, the hash
 * stored with it ({@code -} if it has none) and its canonical bytes (RFC 8785) as the database
 * holds it now. One line of the export, tab-separated; canonical JSON never holds a tab or a
 * newline.
 *
 * <p>The export opens with the line {@code # hojas N}: the log's size before the entries were read.
 * A seal among those leaves was committed with its entry, so the entry is in the export unless it
 * was deleted; a seal appended later may belong to an entry written after the export.
 */
public record ExportedEntry(String folio, int sequence, String storedHash, byte[] canonicalBytes) {

  /**
   * The hash of the entry before it, as its own bytes state it. In canonical JSON a quote that is
   * not escaped only delimits a string, so this text can only be the member itself; the other
   * objects an entry holds (facts, deed, holders) have no member of that name.
   */
  private static final Pattern PREVIOUS_HASH =
      Pattern.compile("\"previousHash\":\"([0-9a-f]{64})\"");

  private static final String HEADER = "# hojas ";

  /** The export's first line: every seal among the first {@code leaves} leaves has its entry. */
  public static String header(long leaves) {
    return HEADER + leaves;
  }

  /** The bound a first line states, or -1 if it is not the header. */
  public static long leavesOf(String line) {
    return line.startsWith(HEADER) ? Long.parseLong(line.substring(HEADER.length()).trim()) : -1;
  }

  /** The export line, without its newline. */
  public String line() {
    return folio
        + "\t"
        + sequence
        + "\t"
        + (storedHash == null ? "-" : storedHash)
        + "\t"
        + new String(canonicalBytes, StandardCharsets.UTF_8);
  }

  public static ExportedEntry parse(String line) {
    String[] fields = line.split("\t", 4);
    if (fields.length != 4) {
      throw new IllegalArgumentException("línea de asientos mal formada: " + line);
    }
    return new ExportedEntry(
        fields[0],
        Integer.parseInt(fields[1]),
        fields[2].equals("-") ? null : fields[2],
        fields[3].getBytes(StandardCharsets.UTF_8));
  }

  /** The entry as the verification compares it with its seal. */
  public RecordedEntry recorded() {
    Matcher previous = PREVIOUS_HASH.matcher(new String(canonicalBytes, StandardCharsets.UTF_8));
    return new RecordedEntry(
        folio,
        sequence,
        storedHash,
        previous.find() ? previous.group(1) : null,
        HexFormat.of().formatHex(sha256(canonicalBytes)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
