package mx.gob.qroo.rppc.web.testing;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The inbox of legacy-book batches of the instance under test ({@code REGISTRY_WORK_DIR}, which
 * ./registry exports, then {@code legacy-inbox}), filled with batches the demo's generator renders
 * (config/demo/legacy-books/SampleBooks.java), and the batches' progress through the API.
 */
public final class LegacyInbox {

  /** The repository's root: tests run in registry-web. */
  public static final Path ROOT = Instance.ROOT;

  private LegacyInbox() {}

  /** The instance the tests run against (test, or dev when pointed at ./registry up). */
  public static String instance() {
    return Instance.name();
  }

  public static Path root() {
    return Instance.workDir().resolve("legacy-inbox");
  }

  /**
   * A generated batch of {@code records} records (two pages each) of book {@code book}, as a folder
   * (or a ZIP) named {@code name} in the inbox; returns the name the batch is started by.
   */
  public static String generated(String name, int records, int book, boolean zip)
      throws IOException, InterruptedException {
    Files.createDirectories(root());
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                ROOT.resolve("config/demo/legacy-books/SampleBooks.java").toString(),
                root().resolve(name).toString(),
                Integer.toString(records),
                "--book",
                Integer.toString(book)));
    if (zip) {
      command.add("--zip");
    }
    Process generator =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!generator.waitFor(2, TimeUnit.MINUTES) || generator.exitValue() != 0) {
      throw new IllegalStateException("the sample batch generator failed");
    }
    return zip ? name + ".zip" : name;
  }

  /** A book number no other run of the tests used (the records of a book are unique). */
  public static int freshBook() {
    return (int) (System.currentTimeMillis() / 10 % 100_000_000);
  }

  /** Starts a batch of the inbox as the capturista; its id. */
  public static long start(String source) {
    return as("capturista1")
        .body("{\"source\":\"" + source + "\"}")
        .post("/api/legacy-batches")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static JsonPath progress(long batch) {
    return as("capturista1")
        .get("/api/legacy-batches/" + batch)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The batch's progress once {@code until} holds, waiting up to {@code within}. */
  public static JsonPath progressOnce(long batch, Predicate<JsonPath> until, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    JsonPath last = progress(batch);
    while (!until.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("lote " + batch + " sin llegar a lo esperado: " + last.prettify());
      }
      Thread.sleep(1000);
      last = progress(batch);
    }
    return last;
  }

  /** The batch once its job finished. */
  public static JsonPath finished(long batch, Duration within) throws InterruptedException {
    return progressOnce(batch, p -> p.getString("finishedAt") != null, within);
  }
}
