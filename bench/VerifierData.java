import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.CompactRange;
import mx.gob.qroo.rppc.audit.domain.ExportedLeaf;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.Cosignature;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;

/**
 * Writes a synthetic access-log export for bench/verifier.sh: N events shaped like the
 * registry's (staff reads and receptions, 10 ms apart), their leaves, a signed checkpoint every
 * 100,000 leaves and at the end, and the key. Run with the verifier jar on the class path:
 * java -cp registry-ejb-*-verifier.jar bench/VerifierData.java DIR N
 */
public class VerifierData {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long n = Long.parseLong(args[1]);
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteKey key = NoteKey.of("bench.rppc-DEMO", pair.getPublic());
    // the witness the verifier requires: here the generator cosigns every checkpoint itself
    KeyPair witnessPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteKey witness = NoteKey.cosigner("bench.testigo-DEMO", witnessPair.getPublic());
    CompactRange tree = new CompactRange();
    List<String> notes = new ArrayList<>();
    Instant start = Instant.parse("2026-01-05T14:00:00Z");
    String[] actors = {"capturista1", "registrador1", "registrador2", "auditor1", "planeador1"};
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("leaves.tsv"), StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        boolean read = i % 3 != 0;
        LoggedEvent event =
            new LoggedEvent(
                i + 1,
                start.plusMillis(i * 10),
                actors[(int) (i % actors.length)],
                read ? "registrador" : "capturista",
                "10.20." + (i % 200) + "." + (i % 250),
                read ? "READ" : "CREATE",
                read ? "FOLIO" : "FILING",
                read ? String.format("CUN-FR-%06d", i % 500_000) : String.format("CUN-2026-%06d", i),
                null,
                "SUCCESS",
                "2b4c8e1a-" + Long.toHexString(i * 2654435761L),
                null,
                null,
                null);
        byte[] leaf = event.leafHash();
        tree.append(leaf);
        out.write(ExportedLeaf.of(i, leaf, event).line());
        out.write('\n');
        if (tree.size() % 100_000 == 0 || tree.size() == n) {
          Checkpoint checkpoint = new Checkpoint("bench.rppc/bitacora", tree.size(), tree.root());
          notes.add(
              SignedNote.sign(checkpoint, key, pair.getPrivate())
                  + Cosignature.line(
                      checkpoint, witness, witnessPair.getPrivate(), start.getEpochSecond()));
        }
      }
    }
    Files.writeString(dir.resolve("checkpoints.txt"), LogExport.checkpoints(notes));
    Files.writeString(dir.resolve("key.txt"), key.verifierKey());
    Files.writeString(dir.resolve("witness.txt"), witness.verifierKey());
  }
}
