package mx.gob.qroo.rppc.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.Cosignature;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;
import mx.gob.qroo.rppc.audit.infrastructure.HttpCheckpointWitness;
import mx.gob.qroo.rppc.audit.infrastructure.SqlMerkleLog;
import mx.gob.qroo.rppc.audit.verifier.LogVerifier;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database superuser tampers with the access log behind the application's back, with the triggers
 * switched off: the online check and the standalone verifier (on an export) each catch every case
 * and say which event or leaf.
 */
class TamperEvidentLogDbIT {

  @TempDir Path files;

  private TestDatabase database;
  private SqlMerkleLog log;
  private LogWriter writer;
  private AuditLogVerification online;
  private LogSigningKey key;

  @BeforeEach
  void aLogOf75EventsWithThreeSignedCheckpoints() throws Exception {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());
    System.setProperty("rppc.audit.key-dir", files.resolve("key").toString());
    key = new LogSigningKey();
    key.load();
    log = new SqlMerkleLog(database.gateway());
    writer = new LogWriter();
    writer.log = log;
    writer.key = key;
    writer.clock = Clock.systemUTC();
    writer.witness = new WitnessCosigning(new HttpCheckpointWitness(), writer.log, writer.clock);
    online = new AuditLogVerification();
    online.log = log;
    online.key = key;
    online.witness = new HttpCheckpointWitness();
    online.clock = Clock.systemUTC();

    for (int[] batch : new int[][] {{1, 40}, {41, 70}, {71, 75}}) {
      sql(
          "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
              + " resource_type, resource_id, outcome, request_id)"
              + " select now() - interval '10 minutes' + i * interval '1 second', 'registrador1',"
              + " 'registrador', '10.0.0.' || i, 'READ', 'FOLIO', 'CUN-FR-' || i, 'SUCCESS',"
              + " 'req-' || i from generate_series("
              + batch[0]
              + ", "
              + batch[1]
              + ") i");
      writer.appendAndSign(true);
    }
    assertThat(log.signedNotes()).hasSize(3);
  }

  @AfterEach
  void dropDatabase() {
    System.clearProperty("rppc.audit.key-dir");
    database.close();
  }

  @Test
  void anUntouchedLogIsIntactForBoth() throws Exception {
    assertThat(online.verify().report().problems()).isEmpty();
    assertThat(online.verify().report().leaves()).isEqualTo(75);
    Verified offline = offline();
    assertThat(offline.status).isZero();
    assertThat(offline.output).contains("75 hojas, 3 puntos de control", "ÍNTEGRA");
  }

  @Test
  void anEventCommittedAfterLaterOnesWereAppendedStillGetsItsLeaf() throws Exception {
    try (Connection late = database.connect();
        Statement s = late.createStatement()) {
      late.setAutoCommit(false);
      s.execute(
          "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
              + " resource_type, resource_id, outcome, request_id) values (now(), 'registrador1',"
              + " 'registrador', '10.0.0.8', 'READ', 'FOLIO', 'CUN-FR-tarde', 'SUCCESS', 'req-tarde')");
      sql(
          "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
              + " resource_type, resource_id, outcome, request_id) values (now(), 'registrador1',"
              + " 'registrador', '10.0.0.9', 'READ', 'FOLIO', 'CUN-FR-pronto', 'SUCCESS', 'req-pronto')");
      writer.appendAndSign(true);
      assertThat(log.size()).isEqualTo(76);
      late.commit();
    }

    writer.appendAndSign(true);

    assertThat(log.size()).isEqualTo(77);
    assertThat(log.leaf(76).orElseThrow().event().resourceId()).isEqualTo("CUN-FR-tarde");
    assertThat(online.verify().report().problems()).isEmpty();
  }

  @Test
  void anAlteredEventIsNamedWithItsLeaf() throws Exception {
    long id = eventOfLeaf(10);
    tamper("update audit.access_event set actor = 'otro' where id = " + id);

    String expected = "hoja 10 alterada: el evento " + id;
    assertThat(online.verify().report().problems()).anyMatch(p -> p.startsWith(expected));
    Verified offline = offline();
    assertThat(offline.status).isEqualTo(1);
    assertThat(offline.output).contains("ALTERADA", expected);
  }

  @Test
  void aDeletedEventAndADeletedLeafAreNamed() throws Exception {
    long event = eventOfLeaf(20);
    long other = eventOfLeaf(30);
    tamper(
        "delete from audit.access_event where id = " + event,
        "delete from audit.log_leaf where leaf_index = 30",
        "delete from audit.access_event where id = " + other);

    List<String> problems = online.verify().report().problems();
    assertThat(problems)
        .contains("el evento de la hoja 20 ya no existe (borrado)", "falta la hoja 30 (borrada)");
    assertThat(problems).anyMatch(p -> p.contains("algo cambió entre las hojas 0 y 39"));
    assertThat(offline().output)
        .contains("el evento de la hoja 20 ya no existe", "falta la hoja 30 (borrada)");
  }

  @Test
  void anEventInsertedIntoThePastIsFlaggedWhenTheWriterAppendsIt() throws Exception {
    tamper(
        "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
            + " resource_type, resource_id, outcome, request_id) values (now() - interval '3 hours',"
            + " 'registrador1', 'registrador', '10.0.0.9', 'READ', 'FOLIO', 'CUN-FR-999', 'SUCCESS',"
            + " 'req-falso')");
    writer.appendAndSign(true);

    assertThat(online.verify().report().problems())
        .anyMatch(p -> p.startsWith("hoja 75 (evento") && p.contains("¿insertada en el pasado?"));
    assertThat(offline().output).contains("hoja 75 (evento", "¿insertada en el pasado?");
  }

  @Test
  void anEventSlippedInWithAnOldDateAndNoLeafIsFoundByTheOnlineCheck() throws Exception {
    tamper(
        "insert into audit.access_event (id, occurred_at, actor, roles, client_address, action,"
            + " resource_type, resource_id, outcome, request_id) overriding system value values"
            + " (5000000, now() - interval '2 days', 'registrador1', 'registrador', '10.0.0.9',"
            + " 'READ', 'FOLIO', 'CUN-FR-998', 'SUCCESS', 'req-colado')");

    assertThat(online.verify().report().problems())
        .contains("el evento 5000000 no está en el árbol (¿insertado por fuera de la aplicación?)");
  }

  @Test
  void aConsistentRewriteOfEventAndLeafHashStillBreaksTheSignedRoots() throws Exception {
    long id = eventOfLeaf(5);
    tamper("update audit.access_event set actor = 'otro' where id = " + id);
    tamper(
        "update audit.log_leaf set leaf_hash = decode('"
            + currentLeafHash(5)
            + "', 'hex') where leaf_index = 5");

    List<String> problems = online.verify().report().problems();
    assertThat(problems).noneMatch(p -> p.contains("alterada"));
    assertThat(problems)
        .contains(
            "las primeras 40 hojas ya no dan la raíz del punto de control firmado de ese tamaño:"
                + " algo cambió entre las hojas 0 y 39");
    assertThat(offline().output).contains("algo cambió entre las hojas 0 y 39");
  }

  // ----- helpers

  private record Verified(int status, String output) {}

  /** The standalone verifier on the export the auditors' endpoints produce. */
  private Verified offline() throws Exception {
    Path leaves = files.resolve("leaves.tsv");
    Path checkpoints = files.resolve("checkpoints.txt");
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    online.exportLeaves(0, Long.MAX_VALUE, export);
    Files.write(leaves, export.toByteArray());
    // the test stands for the witness: it cosigns every checkpoint as it is exported (what the
    // witness saw is the log as signed; the tampering comes after, as the superuser)
    KeyPair witnessPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteKey witness = NoteKey.cosigner("testigo.prueba", witnessPair.getPublic());
    List<String> cosigned =
        LogExport.parseCheckpoints(online.exportCheckpoints()).stream()
            .map(
                note ->
                    note
                        + Cosignature.line(
                            SignedNote.open(note, key.publicKey()),
                            witness,
                            witnessPair.getPrivate(),
                            Instant.now().getEpochSecond()))
            .toList();
    Files.writeString(checkpoints, LogExport.checkpoints(cosigned), StandardCharsets.UTF_8);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status =
        LogVerifier.run(
            new String[] {
              "--key", key.verifierKey(),
              "--witness", witness.verifierKey(),
              "--checkpoints", checkpoints.toString(),
              "--leaves", leaves.toString()
            },
            new PrintStream(output, true, StandardCharsets.UTF_8));
    return new Verified(status, output.toString(StandardCharsets.UTF_8));
  }

  private long eventOfLeaf(long index) {
    return log.leaf(index).orElseThrow().event().id();
  }

  /** The leaf hash of the event of leaf {@code index} as it reads now. */
  private String currentLeafHash(long index) {
    return HexFormat.of().formatHex(log.leaf(index).orElseThrow().event().leafHash());
  }

  /** As the superuser, with every trigger off, as a database administrator could. */
  private void tamper(String... statements) throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.execute("set session_replication_role = replica");
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
