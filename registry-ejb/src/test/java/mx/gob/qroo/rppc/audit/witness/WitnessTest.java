package mx.gob.qroo.rppc.audit.witness;

import static mx.gob.qroo.rppc.audit.domain.ReferenceMerkleTree.mth;
import static mx.gob.qroo.rppc.audit.domain.ReferenceMerkleTree.proof;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.Cosignature;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The witness's rule as C2SP tlog-witness states it, on trees of the reference implementation: it
 * cosigns what extends what it last cosigned, and refuses, with the protocol's status and a record
 * of the refusal, a log that rolls back, forks or is signed by a stranger.
 */
class WitnessTest {

  private static final String ORIGIN = "rppc.qroo.gob.mx/bitacora";
  private static final Instant NOW = Instant.parse("2026-12-02T18:00:00Z");

  @TempDir Path state;
  private KeyPair logPair;
  private NoteKey logKey;
  private NoteKey witnessKey;
  private Witness witness;
  private final List<byte[]> leaves = new ArrayList<>();

  @BeforeEach
  void aWitnessOfOneLog() throws Exception {
    logPair = ed25519();
    logKey = NoteKey.of("rppc.qroo.gob.mx-bitacora-DEMO", logPair.getPublic());
    KeyPair witnessPair = ed25519();
    witnessKey = NoteKey.cosigner("contraloria.qroo.gob.mx/testigo-DEMO", witnessPair.getPublic());
    witness = witness(witnessPair, state);
    for (int i = 0; i < 20; i++) {
      leaves.add(("evento " + i).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aGrowingLogIsCosignedAndTheCosignatureVerifies() {
    Witness.Answer first = witness.addCheckpoint(request(0, 5, leaves));
    assertThat(first.status()).isEqualTo(200);
    String note = note(5, leaves) + first.body();
    assertThat(Cosignature.of(note, witnessKey)).hasValue(NOW.getEpochSecond());
    assertThat(SignedNote.open(note, logKey).treeSize()).isEqualTo(5);

    assertThat(witness.addCheckpoint(request(5, 12, leaves)).status()).isEqualTo(200);
    assertThat(witness.addCheckpoint(request(12, 12, leaves)).status())
        .as("the same checkpoint again")
        .isEqualTo(200);
  }

  @Test
  void aCosignatureDoesNotStandForAnotherCheckpointOrKey() throws Exception {
    String line = witness.addCheckpoint(request(0, 5, leaves)).body();
    assertThat(Cosignature.of(note(6, leaves) + line, witnessKey)).isEmpty();
    NoteKey stranger = NoteKey.cosigner(witnessKey.name(), ed25519().getPublic());
    assertThat(Cosignature.of(note(5, leaves) + line, stranger)).isEmpty();
    assertThat(Cosignature.of(note(5, leaves) + line, logKey))
        .as("a log's key cosigns nothing")
        .isEmpty();
  }

  @Test
  void aRolledBackLogIsRefusedWithTheSizeTheWitnessKnows() throws Exception {
    assertThat(witness.addCheckpoint(request(0, 12, leaves)).status()).isEqualTo(200);
    // an older database restored: its log believes the witness saw 5 leaves
    Witness.Answer rolledBack = witness.addCheckpoint(request(5, 8, leaves));
    assertThat(rolledBack.status()).isEqualTo(409);
    assertThat(rolledBack.contentType()).isEqualTo("text/x.tlog.size");
    assertThat(rolledBack.body()).isEqualTo("12\n");
    // told the size, it still cannot prove 8 leaves extend 12
    assertThat(witness.addCheckpoint(request(12, 8, leaves)).status()).isEqualTo(400);
    assertThat(refusals()).contains("409");
  }

  @Test
  void aRewrittenHistoryResignedByTheLogIsRefused() throws Exception {
    assertThat(witness.addCheckpoint(request(0, 8, leaves)).status()).isEqualTo(200);
    List<byte[]> rewritten = new ArrayList<>(leaves);
    rewritten.set(3, "evento 3, alterado".getBytes(StandardCharsets.UTF_8));
    assertThat(witness.addCheckpoint(request(8, 12, rewritten)).status()).isEqualTo(422);
    assertThat(witness.addCheckpoint(request(8, 8, rewritten)).status())
        .as("same size, another root")
        .isEqualTo(409);
    assertThat(refusals()).contains("422 prueba de consistencia inválida desde 8");
    assertThat(witness.addCheckpoint(request(8, 12, leaves)).status())
        .as("the true history still grows")
        .isEqualTo(200);
  }

  @Test
  void anUnknownLogAndAStrangersSignatureAreRefused() throws Exception {
    String foreign =
        "old 0\n\n"
            + SignedNote.sign(
                new Checkpoint("otro.example/log", 5, mth(leaves.subList(0, 5))),
                logKey,
                logPair.getPrivate());
    assertThat(witness.addCheckpoint(foreign).status()).isEqualTo(404);
    KeyPair impostor = ed25519();
    String forged =
        "old 0\n\n"
            + SignedNote.sign(
                new Checkpoint(ORIGIN, 5, mth(leaves.subList(0, 5))),
                NoteKey.of(logKey.name(), impostor.getPublic()),
                impostor.getPrivate());
    assertThat(witness.addCheckpoint(forged).status()).isEqualTo(403);
    assertThat(witness.addCheckpoint("old 1\nno es base64\n\n" + note(5, leaves)).status())
        .isEqualTo(400);
  }

  @Test
  void whatItCosignedSurvivesARestart() throws Exception {
    assertThat(witness.addCheckpoint(request(0, 12, leaves)).status()).isEqualTo(200);
    Witness restarted = witness(ed25519(), state);
    assertThat(restarted.addCheckpoint(request(0, 3, leaves)).body()).isEqualTo("12\n");
  }

  private Witness witness(KeyPair pair, Path dir) {
    return new Witness(
        NoteKey.cosigner("contraloria.qroo.gob.mx/testigo-DEMO", pair.getPublic()),
        pair.getPrivate(),
        Map.of(ORIGIN, logKey),
        new WitnessState(dir),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private String request(int oldSize, int size, List<byte[]> tree) {
    StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
    if (oldSize <= size) {
      for (byte[] hash : proof(oldSize, tree.subList(0, size))) {
        body.append(Base64.getEncoder().encodeToString(hash)).append('\n');
      }
    }
    return body.append('\n').append(note(size, tree)).toString();
  }

  private String note(int size, List<byte[]> tree) {
    return SignedNote.sign(
        new Checkpoint(ORIGIN, size, mth(tree.subList(0, size))), logKey, logPair.getPrivate());
  }

  private String refusals() throws Exception {
    return Files.readString(state.resolve("refusals.log"));
  }

  private static KeyPair ed25519() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }
}
