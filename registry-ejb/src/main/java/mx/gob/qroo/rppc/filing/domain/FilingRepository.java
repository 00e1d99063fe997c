package mx.gob.qroo.rppc.filing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

public interface FilingRepository {

  void store(Filing filing);

  Optional<Filing> findByEntryNumber(EntryNumber entryNumber);

  Optional<Filing> findByTrackingCode(TrackingCode trackingCode);

  Optional<Filing> findByIdempotencyKey(String key);

  /** Serialises receptions that carry the same idempotency key until the transaction ends. */
  void lockIdempotencyKey(String key);

  /** Pending filings (not yet resolved) that concern any of the folios. */
  List<Filing> pendingOn(Collection<String> folioNumbers);

  /** Pending filings of an office in prelación order, optionally of some statuses only. */
  List<Filing> queue(Office office, Collection<FilingStatus> statuses, int offset, int limit);

  long countQueue(Office office, Collection<FilingStatus> statuses);

  /** Suspended filings whose correction term ended before the day. */
  List<Filing> suspendedPast(LocalDate day);

  /** Most recent first, of the given offices. */
  List<Filing> latest(int limit, Collection<Office> offices);
}
