package mx.gob.qroo.rppc.audit.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.qroo.rppc.audit.domain.EntrySealVerification;
import mx.gob.qroo.rppc.audit.domain.ExportedEntry;
import mx.gob.qroo.rppc.audit.domain.ExportedLeaf;
import mx.gob.qroo.rppc.audit.domain.LogExport;
import mx.gob.qroo.rppc.audit.domain.LogVerification;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.RecordedEntry;
import mx.gob.qroo.rppc.audit.domain.SealedEntry;

/**
 * The auditors' standalone verifier (the {@code -verifier.jar} built with registry-ejb, JDK only,
 * no server): checks an export of the access log against signed checkpoints and the registry's
 * public key, and says precisely what was altered, deleted or inserted; with an export of the
 * registry's entries (asientos), each entry against the seal the log holds for it.
 *
 * <pre>
 * java -jar registry-ejb-verifier.jar --key KEY|@file --witness WITNESS_KEY|@file \
 *     --checkpoints FILE --leaves FILE [--entries FILE]
 * java -jar registry-ejb-verifier.jar --key KEY|@file --witness WITNESS_KEY|@file \
 *     --certificate FILE.pdf --proof FILE.tlog-proof
 * </pre>
 *
 * The second form checks one lien certificate against its offline proof ({@link
 * CertificateProofCheck}).
 *
 * <p>The largest checkpoint must carry the witness's cosignature: a history no independent witness
 * saw may be one shown to this verifier alone. With {@code --entries}, every entry must give the
 * hash its seal recorded, keep its folio's chain and be there if it was sealed.
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
    if (args.length % 2 == 0
        && given.equals(Set.of("--key", "--witness", "--certificate", "--proof"))) {
      try {
        return CertificateProofCheck.run(
            NoteKey.parse(keyText(options.get("--key"))),
            NoteKey.parse(keyText(options.get("--witness"))),
            Path.of(options.get("--certificate")),
            Path.of(options.get("--proof")),
            out);
      } catch (IOException | RuntimeException e) {
        out.println("no se pudo verificar: " + e.getMessage());
        return 2;
      }
    }
    given.remove("--entries");
    if (args.length % 2 != 0
        || !given.equals(Set.of("--key", "--witness", "--checkpoints", "--leaves"))) {
      out.println(
          "uso: java -jar registry-ejb-verifier.jar --key LLAVE|@archivo"
              + " --witness LLAVE_DEL_TESTIGO|@archivo --checkpoints ARCHIVO --leaves ARCHIVO"
              + " [--entries ARCHIVO]\n"
              + "  o: --key LLAVE|@archivo --witness LLAVE_DEL_TESTIGO|@archivo"
              + " --certificate CERTIFICADO.pdf --proof CERTIFICADO.tlog-proof");
      return 2;
    }
    try {
      NoteKey key = NoteKey.parse(keyText(options.get("--key")));
      NoteKey witness = NoteKey.parse(keyText(options.get("--witness")));
      List<String> notes =
          LogExport.parseCheckpoints(
              Files.readString(Path.of(options.get("--checkpoints")), StandardCharsets.UTF_8));
      LogVerification verification = new LogVerification(key, witness, notes);
      long started = System.nanoTime();
      List<IndexedSeal> seals = new ArrayList<>();
      try (BufferedReader leaves =
          Files.newBufferedReader(Path.of(options.get("--leaves")), StandardCharsets.UTF_8)) {
        String line;
        while ((line = leaves.readLine()) != null) {
          if (!line.isEmpty()) {
            ExportedLeaf leaf = ExportedLeaf.parse(line);
            verification.accept(leaf);
            leaf.seal().ifPresent(seal -> seals.add(new IndexedSeal(leaf.index(), seal)));
          }
        }
      }
      LogVerification.Report log = verification.finish();
      List<String> problems = new ArrayList<>(log.problems());
      if (options.containsKey("--entries")) {
        EntrySealVerification.Report entries =
            entries(Path.of(options.get("--entries")), seals, log.leaves());
        problems.addAll(entries.problems());
        out.printf(
            "%d asientos contra %d sellos de la bitácora (%d anteriores al sellado)%n",
            entries.entries(), entries.sealed(), entries.unsealed().size());
      } else {
        out.println("sin --entries: no se comprueban los asientos contra sus sellos");
      }
      LogVerification.Report report =
          new LogVerification.Report(
              log.leaves(), log.checkpoints(), log.largestCheckpoint(), problems);
      out.printf(
          "%d hojas, %d puntos de control firmados por %s (el mayor: %d hojas), %.1f s%n",
          report.leaves(),
          report.checkpoints(),
          key.name(),
          report.largestCheckpoint(),
          (System.nanoTime() - started) / 1e9);
      if (report.intact()) {
        out.println(
            "ÍNTEGRA: cada hoja corresponde a su evento y cada punto de control a sus hojas"
                + (options.containsKey("--entries") ? "; cada asiento, a su sello" : ""));
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

  /** A seal and the leaf it is. */
  private record IndexedSeal(long index, SealedEntry seal) {}

  /**
   * The exported entries against the seals: those among the leaves the export's header counts, and
   * those of entries it holds (an entry written after the header was read may be sealed later).
   */
  private static EntrySealVerification.Report entries(
      Path file, List<IndexedSeal> seals, long leavesGiven) throws IOException {
    List<RecordedEntry> entries = new ArrayList<>();
    long bound = -1;
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = lines.readLine();
      if (line != null) {
        bound = ExportedEntry.leavesOf(line);
      }
      if (bound < 0) {
        throw new IllegalArgumentException(
            "la exportación de asientos no empieza con su línea '" + ExportedEntry.header(0) + "'");
      }
      if (leavesGiven < bound) {
        throw new IllegalArgumentException(
            "las hojas exportadas ("
                + leavesGiven
                + ") no llegan a las "
                + bound
                + " que la exportación de asientos da por selladas: exporte las hojas después");
      }
      while ((line = lines.readLine()) != null) {
        if (!line.isEmpty()) {
          entries.add(ExportedEntry.parse(line).recorded());
        }
      }
    }
    Set<String> exported = new HashSet<>();
    entries.forEach(e -> exported.add(SealedEntry.resourceId(e.folio(), e.sequence())));
    long leaves = bound;
    List<SealedEntry> expected =
        seals.stream()
            .filter(
                s ->
                    s.index() < leaves
                        || exported.contains(
                            SealedEntry.resourceId(s.seal().folio(), s.seal().sequence())))
            .map(IndexedSeal::seal)
            .toList();
    return EntrySealVerification.check(entries, expected);
  }
}
