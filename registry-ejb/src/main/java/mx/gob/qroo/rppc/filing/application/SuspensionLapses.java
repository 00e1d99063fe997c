package mx.gob.qroo.rppc.filing.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;

/** Caducidad: suspended filings whose correction term ended without correction lapse. */
@Singleton
public class SuspensionLapses {

  private static final Logger LOG = Logger.getLogger(SuspensionLapses.class.getName());

  @Inject FilingRepository filings;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  public void lapseExpired() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    int lapsed = 0;
    for (Filing filing : filings.suspendedPast(RegistryTime.local(now).toLocalDate())) {
      if (filing.lapseIfExpired(RegistryTime.local(now).toLocalDate(), now)) {
        lapsed++;
      }
    }
    if (lapsed > 0) {
      int count = lapsed;
      LOG.info(() -> count + " solicitudes suspendidas caducaron");
    }
  }
}
