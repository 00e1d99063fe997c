package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;
import mx.gob.qroo.rppc.shared.domain.Identified;

/** A record of the paper books as digitized: its reference, its pages, and its migration. */
public record LegacyRecord(
    long id,
    LegacyRecordRef ref,
    Instant createdAt,
    int pages,
    String migratedFolioNumber,
    Instant migratedAt,
    String migratedBy)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(id);
  }

  public boolean migrated() {
    return migratedFolioNumber != null;
  }
}
