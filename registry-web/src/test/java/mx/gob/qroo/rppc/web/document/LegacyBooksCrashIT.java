package mx.gob.qroo.rppc.web.document;

import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mx.gob.qroo.rppc.web.testing.LegacyInbox;
import org.junit.jupiter.api.Test;

/**
 * A legacy-books batch whose server is killed with SIGKILL midway ({@code ./registry crash-server})
 * resumes by itself when the server is back, from its last checkpoint, and ends with every page of
 * its manifest exactly once.
 */
class LegacyBooksCrashIT {

  private static final int RECORDS = 15;
  private static final int PAGES = 2 * RECORDS;

  private static long execution(long batch) {
    return Long.parseLong(
        query("select execution_id from document.legacy_batch where id = ?", batch).get(0).get(0));
  }

  @Test
  void aBatchKilledMidwayResumesFromItsCheckpointWithNoPageLostOrRepeated() throws Exception {
    int book = LegacyInbox.freshBook() + 2;
    long batch = LegacyInbox.start(LegacyInbox.generated("choque-" + book, RECORDS, book, false));
    long firstExecution = execution(batch);
    JsonPath before =
        LegacyInbox.progressOnce(batch, p -> p.getInt("pagesDone") >= 10, Duration.ofMinutes(4));
    assertThat(before.getString("finishedAt")).as("killed midway, not after").isNull();

    Instant killedAt = Instant.now();
    Process crash =
        new ProcessBuilder(
                LegacyInbox.ROOT.resolve("registry").toString(),
                "crash-server",
                LegacyInbox.instance())
            .directory(LegacyInbox.ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertThat(crash.waitFor(6, TimeUnit.MINUTES)).as("server back within 6 min").isTrue();
    assertThat(crash.exitValue()).isZero();
    long keptFromBefore =
        count(
            "select count(*) from document.document where batch_id = ? and uploaded_at < ?",
            batch,
            Timestamp.from(killedAt));
    assertThat(keptFromBefore).as("pages committed before the kill").isGreaterThanOrEqualTo(10);

    JsonPath done = LegacyInbox.finished(batch, Duration.ofMinutes(6));

    assertThat(done.getInt("pagesDone")).isEqualTo(PAGES);
    assertThat(done.getInt("failures")).isZero();
    assertThat(count("select count(*) from document.document where batch_id = ?", batch))
        .isEqualTo(PAGES);
    assertThat(
            count(
                "select count(distinct manifest_line) from document.document where batch_id = ?",
                batch))
        .isEqualTo(PAGES);
    assertThat(
            count(
                "select count(distinct (legacy_record_id, page)) from document.document"
                    + " where batch_id = ?",
                batch))
        .isEqualTo(PAGES);
    // the pages committed before the kill are the same rows, not written again
    assertThat(
            count(
                "select count(*) from document.document where batch_id = ? and uploaded_at < ?",
                batch,
                Timestamp.from(killedAt)))
        .isEqualTo(keptFromBefore);
    // resumed by a new execution that read only what the checkpoint had not covered
    long resumed = execution(batch);
    assertThat(resumed).isNotEqualTo(firstExecution);
    assertThat(
            count(
                "select readcount from batch.step_execution where jobexecutionid = ?"
                    + " and stepname = 'pages'",
                resumed))
        .isLessThanOrEqualTo(PAGES - keptFromBefore + 5);
  }
}
