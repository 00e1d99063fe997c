package mx.gob.qroo.rppc.document.domain;

import java.time.Instant;

/** A record of the paper books as digitized: its reference, its pages, and its migration. */
public record LegacyRecord(
    long id,
    LegacyRecordRef ref,
    Instant createdAt,
    int pages,
    String migratedFolioNumber,
    Instant migratedAt,
    String migratedBy) {

  public boolean migrated() {
    return migratedFolioNumber != null;
  }
}
