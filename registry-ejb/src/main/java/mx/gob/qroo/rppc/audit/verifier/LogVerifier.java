package mx.gob.qroo.rppc.audit.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.qroo.rppc.audit.domain.ExportedLeaf;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.LogVerification;
import mx.gob.qroo.rppc.audit.domain.NoteKey;

/**
 * The auditors' standalone verifier (the {@code -verifier.jar} built with registry-ejb, JDK only,
 * no server): checks an export of the access log against signed checkpoints and the registry's
 * public key, and says precisely what was altered, deleted or inserted.
 *
 * <pre>
 * java -jar registry-ejb-verifier.jar --key KEY|@file --checkpoints FILE --leaves FILE
 *     [--witness WITNESS_KEY|@file]
 * </pre>
 *
 * With {@code --witness}, the largest checkpoint must carry that witness's cosignature.
 *
 * <p>Exit status 0: intact; 1: problems found (listed); 2: the input could not be read.
 */
public final class LogVerifier {

  private LogVerifier() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** A key given inline or, after an @, in a file. */
  private static String keyText(String given) throws IOException {
    return given.startsWith("@")
        ? Files.readString(Path.of(given.substring(1)), StandardCharsets.UTF_8)
        : given;
  }

  /** Runs a verification; returns the exit status. */
  public static int run(String[] args, PrintStream out) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Set<String> given = new HashSet<>(options.keySet());
    given.remove("--witness");
    if (args.length % 2 != 0 || !given.equals(Set.of("--key", "--checkpoints", "--leaves"))) {
      out.println(
          "uso: java -jar registry-ejb-verifier.jar --key LLAVE|@archivo"
              + " --checkpoints ARCHIVO --leaves ARCHIVO [--witness LLAVE_DEL_TESTIGO|@archivo]");
      return 2;
    }
    try {
      NoteKey key = NoteKey.parse(keyText(options.get("--key")));
      NoteKey witness =
          options.containsKey("--witness")
              ? NoteKey.parse(keyText(options.get("--witness")))
              : null;
      List<String> notes =
          LogExport.parseCheckpoints(
              Files.readString(Path.of(options.get("--checkpoints")), StandardCharsets.UTF_8));
      LogVerification verification = new LogVerification(key, witness, notes);
      long started = System.nanoTime();
      try (BufferedReader leaves =
          Files.newBufferedReader(Path.of(options.get("--leaves")), StandardCharsets.UTF_8)) {
        String line;
        while ((line = leaves.readLine()) != null) {
          if (!line.isEmpty()) {
            verification.accept(ExportedLeaf.parse(line));
          }
        }
      }
      LogVerification.Report report = verification.finish();
      if (witness == null) {
        out.println("sin --witness: no se comprueba que un testigo haya visto esta historia");
      }
      out.printf(
          "%d hojas, %d puntos de control firmados por %s (el mayor: %d hojas), %.1f s%n",
          report.leaves(),
          report.checkpoints(),
          key.name(),
          report.largestCheckpoint(),
          (System.nanoTime() - started) / 1e9);
      if (report.intact()) {
        out.println(
            "ÍNTEGRA: cada hoja corresponde a su evento y cada punto de control a sus hojas");
        return 0;
      }
      out.println("ALTERADA: " + report.problems().size() + " problema(s)");
      report.problems().forEach(p -> out.println("  - " + p));
      return 1;
    } catch (IOException | RuntimeException e) {
      out.println("no se pudo verificar: " + e.getMessage());
      return 2;
    }
  }
}
