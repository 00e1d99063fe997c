package mx.gob.qroo.rppc.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing Merkle tree: the hashes of its largest perfect subtrees, which are
 * all it takes to append the next leaf and to know the root. The log's single writer keeps one to
 * store each subtree as it completes; the verifier streams millions of leaves through one.
 */
public final class CompactRange {

  /** A perfect subtree completed by an append, with its hash. */
  public record Completed(Subtree subtree, byte[] hash) {}

  private long size;
  private final List<byte[]> hashes = new ArrayList<>();

  /** The empty tree. */
  public CompactRange() {}

  /**
   * The tree of {@code size} leaves whose perfect subtrees ({@link MerkleRange#subtrees()} of
   * {@code [0, size)}) have these hashes, largest first.
   */
  public CompactRange(long size, List<byte[]> subtreeHashes) {
    if (size < 0 || Long.bitCount(size) != subtreeHashes.size()) {
      throw new IllegalArgumentException(
          "un árbol de " + size + " hojas tiene " + Long.bitCount(size) + " subárboles");
    }
    this.size = size;
    this.hashes.addAll(subtreeHashes);
  }

  public long size() {
    return size;
  }

  /** Appends a leaf; returns the perfect subtrees of level 1 and up that it completes. */
  public List<Completed> append(byte[] leafHash) {
    List<Completed> completed = new ArrayList<>();
    byte[] hash = leafHash;
    long index = size;
    int level = 0;
    // each trailing 1 bit of the old size is a subtree of equal size waiting on its right sibling
    while (((size >> level) & 1) == 1) {
      hash = MerkleHash.node(hashes.remove(hashes.size() - 1), hash);
      level++;
      index >>= 1;
      completed.add(new Completed(new Subtree(level, index), hash));
    }
    hashes.add(hash);
    size++;
    return completed;
  }

  /** MTH of the tree so far. */
  public byte[] root() {
    return hashes.isEmpty() ? MerkleHash.empty() : MerkleRange.fold(hashes);
  }
}
