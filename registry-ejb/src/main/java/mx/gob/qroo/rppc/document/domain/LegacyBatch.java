package mx.gob.qroo.rppc.document.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * A batch of scanned book pages and how far its ingestion went: pages done (taken or refused),
 * failures (refused lines and pages that could not be read), and those done since its latest
 * execution started, from which the rate and the time left follow.
 */
public record LegacyBatch(
    long id,
    String source,
    int totalPages,
    String startedBy,
    Instant startedAt,
    Long executionId,
    Instant finishedAt,
    int pagesDone,
    int failures,
    int pagesThisRun,
    Instant runStartedAt)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(id);
  }

  public boolean finished() {
    return finishedAt != null;
  }

  public int percentDone() {
    return totalPages == 0 ? 100 : (int) Math.floor(100.0 * pagesDone / totalPages);
  }

  /** Pages a minute in the latest execution (until now, or until it finished), once it did some. */
  public Optional<Double> pagesPerMinute(Instant now) {
    if (runStartedAt == null || pagesThisRun == 0) {
      return Optional.empty();
    }
    Instant end = finished() && finishedAt.isAfter(runStartedAt) ? finishedAt : now;
    double minutes = Math.max(1, Duration.between(runStartedAt, end).toMillis()) / 60_000.0;
    return Optional.of(pagesThisRun / minutes);
  }

  /** The time left at the latest execution's rate, while unfinished. */
  public Optional<Duration> timeLeft(Instant now) {
    if (finished()) {
      return Optional.of(Duration.ZERO);
    }
    return pagesPerMinute(now)
        .map(rate -> Duration.ofSeconds(Math.round((totalPages - pagesDone) * 60 / rate)));
  }
}
