package mx.gob.qroo.rppc.filing.domain;

import java.time.Instant;
import java.util.function.Supplier;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * Issues the next entry number of an office and year inside the caller's transaction: the number is
 * taken only if that transaction commits, so the series never skips and never repeats.
 */
public interface EntryNumberIssuer {

  /** A reception's turn at an office: its entry number and its reception instant. */
  record Turn(EntryNumber entryNumber, Instant receivedAt) {}

  EntryNumber next(Office office, int year);

  /**
   * Takes the office's turn and reads the reception instant while holding it, so that at one office
   * a later entry number never carries an earlier reception instant.
   */
  Turn take(Office office, Supplier<Instant> clock);
}
