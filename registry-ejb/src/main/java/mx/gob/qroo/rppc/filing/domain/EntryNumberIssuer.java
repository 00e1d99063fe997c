package mx.gob.qroo.rppc.filing.domain;

import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * Issues the next entry number of an office and year inside the caller's transaction: the number is
 * taken only if that transaction commits, so the series never skips and never repeats.
 */
public interface EntryNumberIssuer {

  EntryNumber next(Office office, int year);
}
