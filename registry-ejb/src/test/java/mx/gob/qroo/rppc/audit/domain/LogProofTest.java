package mx.gob.qroo.rppc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline proof of a certificate's seal (C2SP tlog-proof): written, read and checked. */
class LogProofTest {

  private static final String SHA256 =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private final KeyPair logPair = pair();
  private final KeyPair witnessPair = pair();
  private final NoteKey logKey = NoteKey.of("rppc.qroo.gob.mx-bitacora-DEMO", logPair.getPublic());
  private final NoteKey witness =
      NoteKey.cosigner("contraloria.qroo.gob.mx/testigo-DEMO", witnessPair.getPublic());

  private static LoggedEvent seal(long id, String code, String hash, String detail) {
    return new LoggedEvent(
        id,
        Instant.parse("2026-12-04T03:30:00Z"),
        "sistema",
        "",
        "-",
        "CREATE",
        "CERTIFICATE",
        code,
        null,
        "SUCCESS",
        "certificado-1",
        detail,
        null,
        hash);
  }

  /** A tree of seven events with the seal at index 4, its proof under a cosigned checkpoint. */
  private LogProof proofOf(LoggedEvent sealed, boolean cosigned) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      leaves.add(
          i == 4
              ? sealed.canonicalBytes()
              : seal(i, "CLG-AAAA-AAAA-AAA" + i, null, "otro").canonicalBytes());
    }
    Checkpoint checkpoint =
        new Checkpoint("rppc.qroo.gob.mx/bitacora", 7, ReferenceMerkleTree.mth(leaves));
    String note = SignedNote.sign(checkpoint, logKey, logPair.getPrivate());
    if (cosigned) {
      note = note + Cosignature.line(checkpoint, witness, witnessPair.getPrivate(), 1_796_000_000);
    }
    return new LogProof(leaves.get(4), 4, ReferenceMerkleTree.path(4, leaves), note);
  }

  @Test
  void aProofReadsBackAndVerifiesWithTheLogAndWitnessKeys() {
    LogProof proof = proofOf(seal(40, "CLG-2345-6789-ABCD", SHA256, "Certificado"), true);
    String text = proof.text();
    assertThat(text).startsWith("c2sp.org/tlog-proof@v1\nextra ").contains("\nindex 4\n");
    assertThat(text).contains("\n\nrppc.qroo.gob.mx/bitacora\n7\n");

    LogProof read = LogProof.parse(text);
    assertThat(read.text()).isEqualTo(text);
    assertThat(read.verify(logKey, witness).treeSize()).isEqualTo(7);
    assertThat(read.sealsRecord("CERTIFICATE", SHA256)).isTrue();
    assertThat(read.sealsRecord("CERTIFICATE", SHA256.replace('9', '8'))).isFalse();
    assertThat(read.sealsRecord("ENTRY", SHA256)).isFalse();
  }

  @Test
  void anAlteredEventIndexOrPathOrAMissingCosignatureIsRefused() {
    LogProof proof = proofOf(seal(40, "CLG-2345-6789-ABCD", SHA256, "Certificado"), true);
    byte[] altered = seal(40, "CLG-2345-6789-ABCE", SHA256, "Certificado").canonicalBytes();
    assertThatThrownBy(
            () ->
                new LogProof(altered, 4, proof.path(), proof.checkpointNote())
                    .verify(logKey, witness))
        .hasMessageContaining("no está en la hoja 4");
    assertThatThrownBy(
            () ->
                new LogProof(proof.event(), 3, proof.path(), proof.checkpointNote())
                    .verify(logKey, witness))
        .hasMessageContaining("no está en la hoja 3");
    List<byte[]> path = new ArrayList<>(proof.path());
    path.remove(0);
    assertThatThrownBy(
            () ->
                new LogProof(proof.event(), 4, path, proof.checkpointNote())
                    .verify(logKey, witness))
        .hasMessageContaining("no está");

    LogProof uncosigned = proofOf(seal(40, "CLG-2345-6789-ABCD", SHA256, "C"), false);
    assertThatThrownBy(() -> uncosigned.verify(logKey, witness)).hasMessageContaining("testigo");
    NoteKey otherLog = NoteKey.of(logKey.name(), pair().getPublic());
    assertThatThrownBy(() -> proof.verify(otherLog, witness)).hasMessageContaining("firma válida");
  }

  @Test
  void aHashSmuggledIntoAnotherMemberDoesNotPassForTheSeal() {
    // the detail is free text: JSON escapes its quotation marks, so it cannot pose as entryHash
    String smuggled = "x\",\"entryHash\":\"" + SHA256 + "\",\"y\":\"";
    LoggedEvent event = seal(41, "CLG-2345-6789-ABCD", null, smuggled);
    assertThat(new String(event.canonicalBytes(), StandardCharsets.UTF_8)).contains(SHA256);
    LogProof proof = proofOf(event, true);
    assertThat(proof.sealsRecord("CERTIFICATE", SHA256)).isFalse();
  }

  @Test
  void whatIsNotAProofIsRefusedWithTheReason() {
    assertThatThrownBy(() -> LogProof.parse("c2sp.org/tlog-proof@v2\nindex 1\n\nx\n"))
        .hasMessageContaining("tlog-proof@v1");
    assertThatThrownBy(() -> LogProof.parse("c2sp.org/tlog-proof@v1\nindex 1\n\nx\n\n"))
        .hasMessageContaining("extra");
    assertThatThrownBy(() -> LogProof.parse("c2sp.org/tlog-proof@v1\nextra AA==\nindex 01\n\nx\n"))
        .hasMessageContaining("índice");
    assertThatThrownBy(
            () -> LogProof.parse("c2sp.org/tlog-proof@v1\nextra AA==\nindex 1\nAAAA\n\nx\n"))
        .hasMessageContaining("camino");
  }

  private static KeyPair pair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
