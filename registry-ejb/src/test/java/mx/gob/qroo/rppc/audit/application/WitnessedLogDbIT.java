package mx.gob.qroo.rppc.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.Cosignature;
import mx.gob.qroo.rppc.audit.domain.LogVerification;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;
import mx.gob.qroo.rppc.audit.infrastructure.HttpCheckpointWitness;
import mx.gob.qroo.rppc.audit.infrastructure.SqlMerkleLog;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log's writer and a witness running as its own process (the WitnessServer of the verifier jar,
 * with its own key and state): checkpoints of a growing log come back cosigned and the verifier
 * then requires the cosignature; an older copy of the database restored, or a history rewritten and
 * re-signed with the log's own key, is refused by the witness, and the refusal shows in the online
 * verification.
 */
class WitnessedLogDbIT {

  private static final String WITNESS = "contraloria.qroo.gob.mx/testigo-DEMO";

  @TempDir Path files;
  private final List<TestDatabase> databases = new ArrayList<>();
  private Process witnessProcess;
  private NoteKey witnessKey;
  private LogSigningKey key;
  private URI witnessUrl;

  @BeforeEach
  void aLogKeyAndAWitness() throws Exception {
    System.setProperty("rppc.audit.key-dir", files.resolve("log-key").toString());
    key = new LogSigningKey();
    key.load();
    Process init =
        new ProcessBuilder(witness("init")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    witnessKey = NoteKey.parse(new String(init.getInputStream().readAllBytes()).strip());
    assertThat(init.waitFor()).isZero();
    int port = freePort();
    witnessUrl = URI.create("http://127.0.0.1:" + port);
    List<String> serve = witness("serve");
    serve.addAll(
        List.of(
            "--state-dir",
            files.resolve("witness-state").toString(),
            "--listen",
            "127.0.0.1:" + port,
            "--log",
            key.verifierKey(),
            "--origin",
            key.origin()));
    witnessProcess =
        new ProcessBuilder(serve)
            .redirectErrorStream(true)
            .redirectOutput(files.resolve("witness.log").toFile())
            .start();
    for (int i = 0;
        i < 100 && !Files.readString(files.resolve("witness.log")).contains("escuchando");
        i++) {
      Thread.sleep(100);
    }
  }

  @AfterEach
  void stop() {
    System.clearProperty("rppc.audit.key-dir");
    witnessProcess.destroy();
    databases.forEach(TestDatabase::close);
  }

  @Test
  void aGrowingLogIsCosignedAndTheVerifierRequiresTheCosignature() throws Exception {
    Registry registry = registry("actor-a", 40);
    registry.events(41, 55, "actor-a");
    registry.writer.appendAndSign(true);

    assertThat(registry.log.cosignedSize(WITNESS)).isEqualTo(55);
    String published = registry.log.latestCosignedNote(WITNESS).orElseThrow();
    assertThat(SignedNote.open(published, key.publicKey()).treeSize()).isEqualTo(55);
    assertThat(Cosignature.of(published, witnessKey)).isPresent();

    LogVerification withWitness =
        new LogVerification(key.publicKey(), witnessKey, registry.log.signedNotes());
    registry.log.exportLeaves(0, Long.MAX_VALUE, withWitness::accept);
    assertThat(withWitness.finish().problems()).isEmpty();
    assertThat(registry.online().verify().report().problems()).isEmpty();

    // a checkpoint the witness never saw is not enough for the verifier
    List<String> uncosigned = new ArrayList<>(registry.log.signedNotes());
    uncosigned.replaceAll(
        note -> {
          int line = note.indexOf("\u2014 " + WITNESS);
          return line < 0 ? note : note.substring(0, line);
        });
    LogVerification without = new LogVerification(key.publicKey(), witnessKey, uncosigned);
    registry.log.exportLeaves(0, Long.MAX_VALUE, without::accept);
    List<String> problems = without.finish().problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).contains("no lleva la cofirma del testigo");
  }

  @Test
  void anOlderCopyOfTheDatabaseRestoredIsRefused() throws Exception {
    registry("actor-a", 40);
    Registry restored = registry("actor-a", 25);

    assertThat(restored.log.cosignedSize(WITNESS)).isZero();
    MerkleLog.WitnessRefusal refusal = restored.log.witnessRefusals(5).get(0);
    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.reason()).contains("40", "25");
    assertThat(restored.online().verify().report().problems())
        .anySatisfy(p -> assertThat(p).contains("rechazó", "(409)"));
  }

  @Test
  void aHistoryRewrittenAndResignedWithTheLogsOwnKeyIsRefused() throws Exception {
    registry("actor-a", 40);
    // the same 40 events but one, and more: re-signed with the registry's key
    Registry forged = registry("actor-b", 50);

    assertThat(forged.log.cosignedSize(WITNESS)).isZero();
    assertThat(forged.log.witnessRefusals(5).get(0).status()).isEqualTo(422);
    assertThat(Files.readString(files.resolve("witness-state").resolve("refusals.log")))
        .contains("422 prueba de consistencia inválida desde 40");
    assertThat(forged.online().verify().report().problems())
        .anySatisfy(p -> assertThat(p).contains("rechazó", "(422)"));
  }

  /** A registry's database whose log holds {@code count} events and was signed and witnessed. */
  private Registry registry(String firstActor, int count) throws Exception {
    TestDatabase database = TestDatabase.createEmpty();
    databases.add(database);
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());
    Registry registry = new Registry(database);
    registry.events(1, 1, firstActor);
    registry.events(2, count, "actor-a");
    registry.writer.appendAndSign(true);
    return registry;
  }

  private final class Registry {
    final TestDatabase database;
    final SqlMerkleLog log;
    final LogWriter writer = new LogWriter();
    final HttpCheckpointWitness witness = new HttpCheckpointWitness(witnessUrl, witnessKey);

    Registry(TestDatabase database) {
      this.database = database;
      log = new SqlMerkleLog(database.gateway());
      writer.log = log;
      writer.key = key;
      writer.clock = Clock.systemUTC();
      writer.witness = new WitnessCosigning(witness, log, writer.clock);
    }

    void events(int from, int to, String actor) throws Exception {
      try (Connection c = database.connect();
          Statement s = c.createStatement()) {
        s.execute(
            "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
                + " resource_type, resource_id, outcome, request_id)"
                + " select now() - interval '10 minutes' + i * interval '1 second', '"
                + actor
                + "', 'registrador', '10.0.0.1', 'READ', 'FOLIO', 'CUN-FR-' || i, 'SUCCESS',"
                + " 'req-' || i from generate_series("
                + from
                + ", "
                + to
                + ") i");
      }
    }

    AuditLogVerification online() {
      AuditLogVerification online = new AuditLogVerification();
      online.log = log;
      online.key = key;
      online.witness = witness;
      online.clock = Clock.systemUTC();
      return online;
    }
  }

  private List<String> witness(String command) {
    return new ArrayList<>(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            Path.of("target", "classes").toAbsolutePath().toString(),
            "mx.gob.qroo.rppc.audit.witness.WitnessServer",
            command,
            "--key-dir",
            files.resolve("witness-key").toString(),
            "--name",
            WITNESS));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
