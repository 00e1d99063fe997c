package mx.gob.qroo.rppc.audit.application;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mx.gob.qroo.rppc.audit.domain.Alerts;

/**
 * Runs the anomaly rules once a minute over what the log's tree gained since the last run (and on
 * demand), on one node at a time. Events reach the rules once the log's writer has appended them
 * (within seconds); resolutions once they are {@link #SETTLED} old, so that a transaction still
 * committing is not passed over.
 */
@Singleton
@Startup
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES) // an auditor's run waits for the timer's
public class AnomalyDetector {

  static final Duration SETTLED = Duration.ofMinutes(2);

  @Inject Alerts alerts;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false)
  public void everyMinute() {
    detect();
  }

  public Optional<Alerts.DetectionRun> detect() {
    Instant now = clock.instant();
    return alerts.detect(now, now.minus(SETTLED));
  }
}
