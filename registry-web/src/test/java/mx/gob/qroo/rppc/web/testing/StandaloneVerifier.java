package mx.gob.qroo.rppc.web.testing;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an auditor does with the deployed registry: export its entries, have a checkpoint signed,
 * export the checkpoints and the leaves (in that order, so these cover every seal the entries count
 * on), and run the verifier jar registry-ejb builds on them, as a process of its own.
 */
public final class StandaloneVerifier {

  /** The verifier's exit status and what it printed. */
  public record Outcome(int status, String output) {}

  private StandaloneVerifier() {}

  /** The whole log, with the entries when {@code withEntries}. */
  public static Outcome run(boolean withEntries) throws Exception {
    Path dir = Files.createTempDirectory("bitacora");
    if (withEntries) {
      // the seals written so far join the tree first, so the export's bound covers them all
      checkpoint();
      Files.write(dir.resolve("entries.tsv"), export("/api/audit/export/entries"));
    }
    checkpoint();
    Files.write(dir.resolve("checkpoints.txt"), export("/api/audit/export/checkpoints"));
    Files.write(dir.resolve("leaves.tsv"), export("/api/audit/export/leaves"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--key",
                "@" + logKey(dir),
                "--witness",
                "@" + witnessKey(),
                "--checkpoints",
                dir.resolve("checkpoints.txt").toString(),
                "--leaves",
                dir.resolve("leaves.tsv").toString()));
    if (withEntries) {
      arguments.addAll(List.of("--entries", dir.resolve("entries.tsv").toString()));
    }
    return verify(arguments);
  }

  /**
   * One certificate against its offline proof, with the log's published key and the instance's
   * witness key (as the comptroller publishes it), nothing else of the server's.
   */
  public static Outcome certificate(byte[] pdf, String proof) throws Exception {
    Path dir = Files.createTempDirectory("certificado");
    return verify(
        List.of(
            "--key",
            "@" + logKey(dir),
            "--witness",
            "@" + witnessKey(),
            "--certificate",
            Files.write(dir.resolve("certificado.pdf"), pdf).toString(),
            "--proof",
            Files.writeString(dir.resolve("certificado.tlog-proof"), proof).toString()));
  }

  /** The instance's witness key, as the comptroller would publish it. */
  private static Path witnessKey() {
    return Instance.workDir().resolve("witness/witness.vkey");
  }

  /** The log's public key, as anyone fetches it, in a file of {@code dir}. */
  private static Path logKey(Path dir) throws Exception {
    return Files.writeString(dir.resolve("key.txt"), Deployment.publishedLogKey());
  }

  private static Outcome verify(List<String> arguments) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toString()));
    command.addAll(arguments);
    Process verifier = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Outcome(verifier.waitFor(), output);
  }

  /** Has the auditor ask for a checkpoint now (the witness cosigns it as it is signed). */
  public static void checkpoint() {
    as("auditor1").accept("text/plain").post("/api/audit/checkpoints").then().statusCode(200);
  }

  private static byte[] export(String path) {
    return as("auditor1")
        .accept(path.endsWith("checkpoints") ? "text/plain" : "text/tab-separated-values")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  /** The runnable jar registry-ejb builds for auditors. */
  private static Path jar() throws Exception {
    try (var jars = Files.list(Path.of("..", "registry-ejb", "target"))) {
      return jars.filter(p -> p.getFileName().toString().endsWith("-verifier.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("build registry-ejb first (mvn package)"));
    }
  }
}
