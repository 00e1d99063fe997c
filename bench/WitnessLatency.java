import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.CompactRange;
import mx.gob.qroo.rppc.audit.domain.MerkleHash;
import mx.gob.qroo.rppc.audit.domain.MerkleProofs;
import mx.gob.qroo.rppc.audit.domain.MerkleRange;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;
import mx.gob.qroo.rppc.audit.domain.Subtree;
import mx.gob.qroo.rppc.audit.domain.WitnessAnswer;
import mx.gob.qroo.rppc.audit.infrastructure.HttpCheckpointWitness;

/**
 * Times the witness's cosigning as the registry asks for it: the witness runs as its own process
 * (WitnessServer from the verifier jar, its own key and state), the log grows by a batch of leaves
 * between checkpoints, and each checkpoint is signed and sent with its consistency proof from the
 * last one cosigned, through the server's own client (HttpCheckpointWitness), which checks the
 * cosignature that comes back. Arguments: the verifier jar, a work folder, checkpoints, leaves per
 * checkpoint.
 */
public class WitnessLatency {

  private static final String NAME = "contraloria.qroo.gob.mx/testigo-BENCH";

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    int checkpoints = Integer.parseInt(args[2]);
    int perCheckpoint = Integer.parseInt(args[3]);
    KeyPair log = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteKey logKey = NoteKey.of("rppc.qroo.gob.mx-bitacora-BENCH", log.getPublic());
    Process init = new ProcessBuilder(witness(jar, dir, "init")).start();
    NoteKey witnessKey =
        NoteKey.parse(new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> serve = witness(jar, dir, "serve");
    serve.addAll(
        List.of("--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:" + port,
            "--log", logKey.verifierKey(), "--origin", "rppc.qroo.gob.mx/bitacora"));
    Process server =
        new ProcessBuilder(serve).redirectErrorStream(true)
            .redirectOutput(dir.resolve("witness.log").toFile()).start();
    try {
      waitFor(port);
      measure(new HttpCheckpointWitness(URI.create("http://127.0.0.1:" + port), witnessKey),
          log, logKey, checkpoints, perCheckpoint);
    } finally {
      server.destroy();
    }
  }

  private static void measure(
      HttpCheckpointWitness witness, KeyPair log, NoteKey logKey, int checkpoints,
      int perCheckpoint) {
    CompactRange tree = new CompactRange();
    Map<Subtree, byte[]> subtrees = new HashMap<>();
    long cosigned = 0;
    long[] nanos = new long[checkpoints];
    for (int c = 0; c < checkpoints; c++) {
      for (int i = 0; i < perCheckpoint; i++) {
        byte[] leaf =
            MerkleHash.leaf(("{\"bench\":" + tree.size() + "}").getBytes(StandardCharsets.UTF_8));
        for (CompactRange.Completed done : tree.append(leaf)) {
          subtrees.put(done.subtree(), done.hash());
        }
      }
      Checkpoint checkpoint = new Checkpoint("rppc.qroo.gob.mx/bitacora", tree.size(), tree.root());
      String note = SignedNote.sign(checkpoint, logKey, log.getPrivate());
      List<MerkleRange> ranges = MerkleProofs.consistency(cosigned, tree.size());
      List<byte[]> proof = MerkleProofs.hashes(ranges, subtrees);
      long start = System.nanoTime();
      WitnessAnswer answer = witness.addCheckpoint(cosigned, proof, note);
      nanos[c] = System.nanoTime() - start;
      if (!(answer instanceof WitnessAnswer.Cosigned)) {
        throw new IllegalStateException("the witness did not cosign " + tree.size() + ": " + answer);
      }
      cosigned = tree.size();
    }
    // the first tenth warms both JVMs up and is left out
    long[] measured = Arrays.copyOfRange(nanos, checkpoints / 10, checkpoints);
    Arrays.sort(measured);
    System.out.printf(
        "RESULT checkpoints=%d leaves_per_checkpoint=%d tree=%d p50_ms=%.2f p90_ms=%.2f"
            + " p99_ms=%.2f max_ms=%.2f%n",
        measured.length, perCheckpoint, tree.size(), ms(measured, 0.50), ms(measured, 0.90),
        ms(measured, 0.99), measured[measured.length - 1] / 1e6);
  }

  private static List<String> witness(Path jar, Path dir, String command) {
    return new ArrayList<>(
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
            "-cp", jar.toString(), "mx.gob.qroo.rppc.audit.witness.WitnessServer", command,
            "--key-dir", dir.resolve("key").toString(), "--name", NAME));
  }

  private static void waitFor(int port) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("the witness did not start");
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
