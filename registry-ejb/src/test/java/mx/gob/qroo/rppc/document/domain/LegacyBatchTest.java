package mx.gob.qroo.rppc.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LegacyBatchTest {

  private static final Instant START = Instant.parse("2026-11-23T16:00:00Z");

  private static LegacyBatch batch(int total, int done, int thisRun, Instant finishedAt) {
    return new LegacyBatch(
        1, "lote", total, "capturista1", START, 7L, finishedAt, done, 0, thisRun, START);
  }

  @Test
  void theRateAndTimeLeftFollowTheLatestExecution() {
    LegacyBatch running = batch(100, 40, 20, null);
    Instant now = START.plus(Duration.ofMinutes(2));
    assertThat(running.pagesPerMinute(now)).contains(10.0);
    assertThat(running.timeLeft(now)).contains(Duration.ofMinutes(6));
    assertThat(running.percentDone()).isEqualTo(40);
  }

  @Test
  void aFinishedBatchKeepsTheRateItHadAndHasNothingLeft() {
    LegacyBatch done = batch(30, 30, 30, START.plus(Duration.ofMinutes(3)));
    Instant muchLater = START.plus(Duration.ofHours(5));
    assertThat(done.pagesPerMinute(muchLater)).contains(10.0);
    assertThat(done.timeLeft(muchLater)).contains(Duration.ZERO);
  }

  @Test
  void noRateBeforeThePagesOfTheRun() {
    assertThat(batch(10, 4, 0, null).pagesPerMinute(START.plusSeconds(30))).isEmpty();
    assertThat(batch(10, 4, 0, null).timeLeft(START.plusSeconds(30))).isEmpty();
  }
}
