package mx.gob.qroo.rppc.audit.domain;

import java.util.Objects;

/**
 * An entry (asiento) as the registry holds it now: where it stands, the hash stored with it and the
 * hash of the entry before it that it names (null when it has none), and the hash its canonical
 * bytes give today. All hashes are SHA-256 in lowercase hex.
 */
public record RecordedEntry(
    String folio, int sequence, String storedHash, String previousHash, String currentHash) {

  public RecordedEntry {
    Objects.requireNonNull(folio, "folio");
    Objects.requireNonNull(currentHash, "currentHash");
  }
}
