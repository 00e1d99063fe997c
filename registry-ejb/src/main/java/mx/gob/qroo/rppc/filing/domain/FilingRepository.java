package mx.gob.qroo.rppc.filing.domain;

import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

public interface FilingRepository {

  void store(Filing filing);

  Optional<Filing> findByEntryNumber(EntryNumber entryNumber);

  Optional<Filing> findByTrackingCode(TrackingCode trackingCode);

  /** Most recent first. */
  List<Filing> latest(int limit);
}
