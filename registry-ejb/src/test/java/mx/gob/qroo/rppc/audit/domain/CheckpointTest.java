package mx.gob.qroo.rppc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Checkpoints, signed notes and the canonical bytes of an event, as outsiders will read them. */
class CheckpointTest {

  private static final String ORIGIN = "rppc.qroo.gob.mx/bitacora";

  private final KeyPair pair = newPair();
  private final NoteKey key = NoteKey.of("rppc.qroo.gob.mx-demo", pair.getPublic());
  private final Checkpoint checkpoint =
      new Checkpoint(ORIGIN, 1234, MerkleHash.leaf("x".getBytes(StandardCharsets.UTF_8)));

  @Test
  void aCheckpointIsOriginSizeAndBase64RootOnThreeLines() {
    assertThat(checkpoint.text())
        .isEqualTo(
            ORIGIN + "\n1234\n" + Base64.getEncoder().encodeToString(checkpoint.rootHash()) + "\n");
    assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
  }

  @Test
  void aSignedNoteOpensWithItsKeyAndCarriesTheSignatureLineOfTheFormat() throws Exception {
    String note = SignedNote.sign(checkpoint, key, pair.getPrivate());

    assertThat(note).startsWith(checkpoint.text() + "\n\u2014 rppc.qroo.gob.mx-demo ");
    assertThat(SignedNote.open(note, key)).isEqualTo(checkpoint);
    byte[] payload =
        Base64.getDecoder().decode(note.substring(note.lastIndexOf(' ') + 1, note.length() - 1));
    assertThat(payload).hasSize(68);
    assertThat(Arrays.copyOf(payload, 4)).isEqualTo(independentKeyHash());
  }

  @Test
  void anAlteredNoteOrAnotherKeyIsRefused() {
    String note = SignedNote.sign(checkpoint, key, pair.getPrivate());
    String bigger = note.replaceFirst("\n1234\n", "\n1235\n");
    NoteKey stranger = NoteKey.of("rppc.qroo.gob.mx-demo", newPair().getPublic());

    assertThatThrownBy(() -> SignedNote.open(bigger, key)).hasMessageContaining("firma válida");
    assertThatThrownBy(() -> SignedNote.open(note, stranger)).hasMessageContaining("firma válida");
    assertThatThrownBy(() -> SignedNote.open(checkpoint.text(), key))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theVerifierKeyStringRoundTripsAndChecksItsHash() {
    String vkey = key.verifierKey();

    assertThat(vkey)
        .startsWith(
            "rppc.qroo.gob.mx-demo+" + HexFormat.of().formatHex(independentKeyHash()) + "+");
    assertThat(NoteKey.parse(vkey).verifierKey()).isEqualTo(vkey);
    String wrongHash = vkey.replaceFirst("\\+[0-9a-f]{8}\\+", "+00000000+");
    assertThatThrownBy(() -> NoteKey.parse(wrongHash)).hasMessageContaining("hash");
  }

  @Test
  void theCanonicalBytesOfAnEventAreItsJcsSerialization() {
    LoggedEvent event =
        new LoggedEvent(
            42,
            Instant.parse("2026-11-23T06:30:00.123Z"),
            "registrador1",
            "registrador",
            "10.0.0.7",
            "READ",
            "FOLIO",
            "CUN-FR-000007",
            null,
            "SUCCESS",
            "req-1",
            "línea 1\n\"citada\"\t\\ \u0001",
            null,
            null);

    assertThat(new String(event.canonicalBytes(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"action\":\"READ\",\"actor\":\"registrador1\",\"clientAddress\":\"10.0.0.7\","
                + "\"detail\":\"línea 1\\n\\\"citada\\\"\\t\\\\ \\u0001\",\"id\":42,"
                + "\"justification\":null,\"occurredAt\":\"2026-11-23T06:30:00.123000Z\","
                + "\"outcome\":\"SUCCESS\",\"requestId\":\"req-1\",\"resourceId\":\"CUN-FR-000007\","
                + "\"resourceType\":\"FOLIO\",\"roles\":\"registrador\"}");
    assertThat(event.leafHash()).isEqualTo(MerkleHash.leaf(event.canonicalBytes()));
  }

  @Test
  void anEventWithAKeycloakSubjectCarriesItAfterTheActorAndOnlyThen() {
    LoggedEvent withSubject = auditorSearch("5b0c7a4e-2f1d-4c1a-9d3e-0a1b2c3d4e5f");

    assertThat(new String(withSubject.canonicalBytes(), StandardCharsets.UTF_8))
        .startsWith(
            "{\"action\":\"SEARCH\",\"actor\":\"auditor1\","
                + "\"actorSubject\":\"5b0c7a4e-2f1d-4c1a-9d3e-0a1b2c3d4e5f\","
                + "\"clientAddress\":\"10.0.0.8\",\"detail\":null,");
    LoggedEvent withoutSubject = auditorSearch(null);
    assertThat(new String(withoutSubject.canonicalBytes(), StandardCharsets.UTF_8))
        .doesNotContain("actorSubject");
  }

  private static LoggedEvent auditorSearch(String actorSubject) {
    return new LoggedEvent(
        7,
        Instant.parse("2026-11-23T06:30:00Z"),
        "auditor1",
        "auditor",
        "10.0.0.8",
        "SEARCH",
        "ACCESS_LOG",
        null,
        "AUDITORIA",
        "SUCCESS",
        "req-2",
        null,
        actorSubject,
        null);
  }

  private byte[] independentKeyHash() {
    try {
      byte[] raw = Arrays.copyOfRange(pair.getPublic().getEncoded(), 12, 44);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("rppc.qroo.gob.mx-demo\n".getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 1);
      return Arrays.copyOf(sha.digest(raw), 4);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair newPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
