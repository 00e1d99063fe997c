package mx.gob.qroo.rppc.audit.domain;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a whole log, leaf after leaf, against the signed checkpoints outsiders kept: the same code
 * runs in the standalone verifier (on an export) and in the online check (on the database). It
 * reports each problem precisely: a leaf whose event no longer matches the hash stored when it was
 * appended (altered), a missing leaf or event (deleted), a leaf out of place or written long before
 * its predecessor (inserted), a checkpoint whose root the leaves no longer give (rewritten, between
 * which sizes), an invalid signature, a log shorter than a checkpoint (truncated).
 */
public final class LogVerification {

  /** Events appended this long after an earlier-written successor are reported as suspicious. */
  static final Duration LATE = Duration.ofMinutes(15);

  /** What was checked and what was found; {@code problems} is empty for an intact log. */
  public record Report(
      long leaves, int checkpoints, long largestCheckpoint, List<String> problems) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  private final List<Checkpoint> checkpoints = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final CompactRange tree = new CompactRange();
  private int nextCheckpoint;
  private long lastMatchedSize;
  private Instant previousOccurredAt;

  public LogVerification(NoteKey key, List<String> signedNotes) {
    this(key, null, signedNotes);
  }

  /**
   * Also requires the witness's cosignature of the largest checkpoint: one the witness never
   * cosigned may be a history shown to this verifier alone.
   */
  public LogVerification(NoteKey key, NoteKey witness, List<String> signedNotes) {
    long largestCosigned = -1;
    int uncosigned = 0;
    for (String note : signedNotes) {
      try {
        Checkpoint checkpoint = SignedNote.open(note, key);
        checkpoints.add(checkpoint);
        if (witness != null) {
          if (Cosignature.of(note, witness).isPresent()) {
            largestCosigned = Math.max(largestCosigned, checkpoint.treeSize());
          } else {
            uncosigned++;
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add("punto de control con firma inválida o mal formado: " + firstLine(note));
      }
    }
    checkpoints.sort(Comparator.comparingLong(Checkpoint::treeSize));
    long largest = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).treeSize();
    if (witness != null && largestCosigned < largest) {
      problems.add(
          "el punto de control mayor ("
              + largest
              + " hojas) no lleva la cofirma del testigo "
              + witness.name()
              + (largestCosigned < 0
                  ? ", ni ninguno otro"
                  : "; el mayor cofirmado es de " + largestCosigned + " hojas")
              + " ("
              + uncosigned
              + " sin cofirmar): nadie independiente vio esa historia");
    }
    if (checkpoints.stream().map(Checkpoint::origin).distinct().count() > 1) {
      problems.add("los puntos de control no tienen todos el mismo origen");
    }
    skipEmptyCheckpoints();
  }

  /** The next leaf of the log, in index order. */
  public void accept(ExportedLeaf leaf) {
    long expected = tree.size();
    if (leaf.index() < expected) {
      problems.add(
          "hoja "
              + leaf.index()
              + " repetida o fuera de orden (insertada): se esperaba "
              + expected);
      return;
    }
    while (leaf.index() > tree.size()) {
      long missing = tree.size();
      problems.add("falta la hoja " + missing + " (borrada)");
      // the gap still counts: later leaves keep their indices
      tree.append(new byte[MerkleHash.LENGTH]);
      checkpointsAt(tree.size());
    }
    byte[] hash;
    if (leaf.canonicalBytes() == null) {
      problems.add("el evento de la hoja " + leaf.index() + " ya no existe (borrado)");
      hash = leaf.storedHash();
    } else {
      hash = MerkleHash.leaf(leaf.canonicalBytes());
      if (!MessageDigest.isEqual(hash, leaf.storedHash())) {
        problems.add(
            "hoja "
                + leaf.index()
                + " alterada: el evento "
                + leaf.eventId().map(String::valueOf).orElse("?")
                + " ya no corresponde al hash guardado al anexarlo");
      }
      checkOrder(leaf);
    }
    tree.append(hash);
    checkpointsAt(tree.size());
  }

  /** The verdict, once every leaf was given. */
  public Report finish() {
    if (nextCheckpoint < checkpoints.size()) {
      Checkpoint beyond = checkpoints.get(checkpoints.size() - 1);
      problems.add(
          "la bitácora tiene "
              + tree.size()
              + " hojas pero el punto de control firmado de "
              + beyond.treeSize()
              + " cubre más (hojas borradas al final)");
    }
    long largest = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).treeSize();
    return new Report(tree.size(), checkpoints.size(), largest, List.copyOf(problems));
  }

  private void checkpointsAt(long size) {
    while (nextCheckpoint < checkpoints.size()
        && checkpoints.get(nextCheckpoint).treeSize() == size) {
      Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
      if (MessageDigest.isEqual(tree.root(), checkpoint.rootHash())) {
        lastMatchedSize = size;
      } else {
        problems.add(
            "las primeras "
                + size
                + " hojas ya no dan la raíz del punto de control firmado de ese tamaño:"
                + " algo cambió entre las hojas "
                + lastMatchedSize
                + " y "
                + (size - 1));
      }
    }
  }

  private void checkOrder(ExportedLeaf leaf) {
    Optional<Instant> at = leaf.occurredAt().map(Instant::parse);
    if (at.isEmpty()) {
      return;
    }
    if (previousOccurredAt != null && at.get().plus(LATE).isBefore(previousOccurredAt)) {
      problems.add(
          "hoja "
              + leaf.index()
              + " (evento "
              + leaf.eventId().map(String::valueOf).orElse("?")
              + ") dice haber ocurrido el "
              + at.get()
              + ", mucho antes que la hoja anterior: ¿insertada en el pasado?");
    }
    previousOccurredAt =
        previousOccurredAt == null || at.get().isAfter(previousOccurredAt)
            ? at.get()
            : previousOccurredAt;
  }

  private void skipEmptyCheckpoints() {
    while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).treeSize() == 0) {
      if (!MessageDigest.isEqual(checkpoints.get(nextCheckpoint).rootHash(), MerkleHash.empty())) {
        problems.add("el punto de control de tamaño 0 no tiene la raíz del árbol vacío");
      }
      nextCheckpoint++;
    }
  }

  private static String firstLine(String note) {
    String[] lines = note.split("\n");
    return lines.length > 1 ? lines[0] + " / " + lines[1] : note;
  }
}
