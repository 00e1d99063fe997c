package mx.gob.qroo.rppc.audit.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.CompactRange;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.MerkleRange;
import mx.gob.qroo.rppc.audit.domain.Subtree;

/**
 * The log's single writer: every few seconds it appends the committed events that are not yet in
 * the Merkle tree, in id order, stores the subtrees they complete and, once a minute or on demand,
 * signs a checkpoint and has the witness cosign it. One node at a time (a database advisory lock),
 * so several WildFly nodes can run it. Business transactions only insert their event row and never
 * wait for the tree.
 */
@Singleton
@Startup
public class LogWriter {

  private static final int BATCH = 5_000;
  private static final int BATCHES_PER_RUN = 20;

  /**
   * An event not committed this long after it was written is assumed to be committed already (the
   * interceptor writes it at the end of the business method, just before the commit).
   */
  private static final Duration IN_FLIGHT = Duration.ofMinutes(2);

  @Inject MerkleLog log;
  @Inject LogSigningKey key;
  @Inject WitnessCosigning witness;
  @Inject Clock clock;

  /** When the witness was last asked about a checkpoint it had not cosigned. */
  private Instant witnessAsked = Instant.EPOCH;

  private static final int SWEEP_EVERY = 12;

  /** A growing log gets a signed checkpoint at most this often, unless one is asked for. */
  private static final Duration CHECKPOINT_EVERY = Duration.ofMinutes(1);

  private static final int FULL_SWEEP_EVERY = 720;

  /** Every event with an id up to here is in the tree. */
  private long appendedThrough;

  private long runs;

  /**
   * Every 5 seconds. System property {@code rppc.audit.writer=off} pauses it, only to measure what
   * the tree costs (bench/audit-log.sh); events keep being logged and are appended when it resumes.
   */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  public void appendPending() {
    if (!"off".equals(System.getProperty("rppc.audit.writer"))) {
      appendAndSign(false);
    }
  }

  /**
   * Appends what is pending and signs a checkpoint if the tree grew since the last one (always,
   * when {@code now}, unless nothing changed); returns the latest signed checkpoint.
   */
  public Optional<MerkleLog.StoredCheckpoint> appendAndSign(boolean now) {
    if (!log.tryWriterTurn()) {
      return log.latestCheckpoint();
    }
    CompactRange tree = edgeOf(log.size());
    long newest = log.lastAppendedEventId();
    // events of transactions that committed after later ones were appended: looked for once a
    // minute (and on demand), not on every run, since that means reading minutes of events
    boolean sweep = now || ++runs % SWEEP_EVERY == 0;
    if (sweep) {
      // once an hour (and at start) from the first event: a commit later than IN_FLIGHT is rare
      long from = runs % FULL_SWEEP_EVERY == 1 ? 0 : appendedThrough;
      List<LoggedEvent> late = log.unappended(from, newest, BATCH);
      append(tree, late);
      if (late.size() < BATCH) {
        // everything up to newest is in the tree now, but transactions of the last minutes may
        // still commit events below it
        long settled = log.newestEventBefore(clock.instant().minus(IN_FLIGHT));
        appendedThrough = Math.max(appendedThrough, Math.min(settled, newest));
      }
    }
    for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
      List<LoggedEvent> events = log.newerThan(newest, BATCH);
      if (events.isEmpty()) {
        break;
      }
      append(tree, events);
      newest = events.get(events.size() - 1).id();
      if (events.size() < BATCH) {
        break;
      }
    }
    return sign(tree, now);
  }

  private void append(CompactRange tree, List<LoggedEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    long first = tree.size();
    List<byte[]> leaves = new ArrayList<>(events.size());
    List<CompactRange.Completed> completed = new ArrayList<>();
    for (LoggedEvent event : events) {
      byte[] leaf = event.leafHash();
      leaves.add(leaf);
      completed.addAll(tree.append(leaf));
    }
    log.append(first, events, leaves, completed);
  }

  private Optional<MerkleLog.StoredCheckpoint> sign(CompactRange tree, boolean now) {
    Optional<MerkleLog.StoredCheckpoint> latest = log.latestCheckpoint();
    Instant at = clock.instant();
    boolean grew = latest.isEmpty() || latest.get().treeSize() < tree.size();
    boolean due = latest.isEmpty() || latest.get().signedAt().plus(CHECKPOINT_EVERY).isBefore(at);
    if (grew && (now || due)) {
      byte[] root = tree.root();
      String note = key.sign(new Checkpoint(key.origin(), tree.size(), root));
      MerkleLog.StoredCheckpoint signed =
          new MerkleLog.StoredCheckpoint(tree.size(), root, note, at);
      log.store(signed);
      askWitness(signed, at);
      return Optional.of(signed);
    }
    // a checkpoint the witness did not cosign (it was down, say) is offered again once a minute
    if (latest.isPresent() && witnessAsked.plus(CHECKPOINT_EVERY).isBefore(at)) {
      askWitness(latest.get(), at);
    }
    return latest;
  }

  private void askWitness(MerkleLog.StoredCheckpoint checkpoint, Instant at) {
    witnessAsked = at;
    witness.cosign(checkpoint);
  }

  /** The tree of {@code size} leaves from the stored hashes of its largest perfect subtrees. */
  private CompactRange edgeOf(long size) {
    if (size == 0) {
      return new CompactRange();
    }
    List<Subtree> edge = new MerkleRange(0, size).subtrees();
    var hashes = log.hashes(edge);
    if (hashes.size() != edge.size()) {
      throw new IllegalStateException("faltan hashes del borde del árbol de " + size + " hojas");
    }
    return new CompactRange(size, edge.stream().map(hashes::get).toList());
  }
}
