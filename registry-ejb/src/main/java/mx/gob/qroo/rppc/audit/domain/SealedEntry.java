package mx.gob.qroo.rppc.audit.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the log holds about one entry (asiento): the hash its seal event recorded when the entry was
 * written, and whether that event still gives the leaf hash stored when it joined the tree (true
 * while it waits for the writer, since no leaf was stored yet).
 */
public record SealedEntry(String folio, int sequence, String entryHash, boolean intact) {

  /** The resource type of the events that seal entries. */
  public static final String RESOURCE_TYPE = "ENTRY";

  private static final Pattern RESOURCE_ID = Pattern.compile("(.+)/([1-9]\\d{0,8})");

  public SealedEntry {
    Objects.requireNonNull(folio, "folio");
    Objects.requireNonNull(entryHash, "entryHash");
  }

  /** The seal an event states, if it is one: resource id {@code <folio>/<sequence>}, a hash. */
  public static Optional<SealedEntry> of(String resourceId, String entryHash, boolean intact) {
    if (resourceId == null || entryHash == null) {
      return Optional.empty();
    }
    Matcher m = RESOURCE_ID.matcher(resourceId);
    return m.matches()
        ? Optional.of(new SealedEntry(m.group(1), Integer.parseInt(m.group(2)), entryHash, intact))
        : Optional.empty();
  }

  /** The resource id of the seal of entry {@code sequence} of {@code folio}. */
  public static String resourceId(String folio, int sequence) {
    return folio + "/" + sequence;
  }
}
