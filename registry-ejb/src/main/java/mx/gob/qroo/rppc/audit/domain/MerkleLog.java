package mx.gob.qroo.rppc.audit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the log's tree lives: its leaves, the hashes of its perfect subtrees, its checkpoints. */
public interface MerkleLog {

  /** A leaf: its index, the event and the leaf hash stored when it was appended. */
  record Leaf(long index, LoggedEvent event, byte[] storedHash) {}

  /** A stored checkpoint and its signed note. */
  record StoredCheckpoint(long treeSize, byte[] rootHash, String signedNote, Instant signedAt) {}

  /** A witness's cosignature line of the checkpoint of this size. */
  record StoredCosignature(long treeSize, String witness, String line, Instant cosignedAt) {}

  /** A checkpoint a witness did not cosign: HTTP status (0: no answer) and its reason. */
  record WitnessRefusal(long treeSize, String witness, int status, String reason, Instant at) {}

  /** Number of leaves appended so far. */
  long size();

  /** The stored hashes of these perfect subtrees; one not (yet) in the tree is absent. */
  Map<Subtree, byte[]> hashes(Collection<Subtree> subtrees);

  /** The highest event id in the tree (0 for an empty tree). */
  long lastAppendedEventId();

  /** Events with ids above {@code after} (none of them can be in the tree yet), at most limit. */
  List<LoggedEvent> newerThan(long after, int limit);

  /** Events with ids in {@code (after, upTo]} not yet in the tree, oldest first, at most limit. */
  List<LoggedEvent> unappended(long after, long upTo, int limit);

  /** Ids of events written before this instant that are not in the tree, at most limit. */
  List<Long> outsideTree(Instant before, int limit);

  /** The id of the newest event written before this instant (0 if none). */
  long newestEventBefore(Instant instant);

  /** Appends leaves from index {@code size()} on, with the subtrees they complete. */
  void append(
      long firstIndex,
      List<LoggedEvent> events,
      List<byte[]> leafHashes,
      List<CompactRange.Completed> completed);

  Optional<Leaf> leaf(long index);

  /**
   * The leaf of the event that sealed this record (action CREATE, with its hash), once it has
   * joined the tree.
   */
  Optional<Leaf> sealLeaf(String resourceType, String resourceId);

  Optional<StoredCheckpoint> latestCheckpoint();

  void store(StoredCheckpoint checkpoint);

  void store(StoredCosignature cosignature);

  void store(WitnessRefusal refusal);

  /** The largest tree size this witness cosigned (0 if none). */
  long cosignedSize(String witness);

  /** The latest checkpoint this witness cosigned: its note followed by the witness's line. */
  Optional<String> latestCosignedNote(String witness);

  /** The witness's latest refusals, newest first, at most limit. */
  List<WitnessRefusal> witnessRefusals(int limit);

  /**
   * The seals the log holds for the entries of {@code folio}, each checked against its stored leaf
   * hash if it has joined the tree.
   */
  List<SealedEntry> sealsOf(String folio);

  /** Streams the leaves {@code [from, to)} in index order, with their events as stored now. */
  void exportLeaves(long from, long to, Consumer<ExportedLeaf> sink);

  /**
   * Every stored checkpoint's signed note with its cosignatures, smallest tree first; but for the
   * newest ones still waiting for the witness's answer (neither cosigned nor refused yet).
   */
  List<String> signedNotes();

  /** Takes the single writer's turn until the transaction ends; false if another node holds it. */
  boolean tryWriterTurn();
}
