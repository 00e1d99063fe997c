package mx.gob.qroo.rppc.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of leaves {@code [start, end)} whose Merkle tree hash (MTH, RFC 9162 §2.1.1) is a node of
 * a proof. Every range that the RFC's recursion meets starts at a multiple of its largest
 * power-of-two part, so it splits into perfect subtrees of decreasing size, and its hash folds
 * theirs from the right: MTH(13 leaves) = H(S8, H(S4, S1)).
 */
public record MerkleRange(long start, long end) {

  public MerkleRange {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("rango de hojas vacío o inválido: " + start + ".." + end);
    }
  }

  public long size() {
    return end - start;
  }

  /** The perfect subtrees that make this range, largest first. */
  public List<Subtree> subtrees() {
    List<Subtree> parts = new ArrayList<>();
    long at = start;
    long rest = size();
    while (rest > 0) {
      int level = 63 - Long.numberOfLeadingZeros(rest);
      if (at % (1L << level) != 0) {
        throw new IllegalStateException("rango no alineado: " + this);
      }
      parts.add(new Subtree(level, at >> level));
      at += 1L << level;
      rest -= 1L << level;
    }
    return parts;
  }

  /** The hash of this range from the hashes of its {@link #subtrees()}, in the same order. */
  public static byte[] fold(List<byte[]> subtreeHashes) {
    if (subtreeHashes.isEmpty()) {
      throw new IllegalArgumentException("sin subárboles");
    }
    byte[] hash = subtreeHashes.get(subtreeHashes.size() - 1);
    for (int i = subtreeHashes.size() - 2; i >= 0; i--) {
      hash = MerkleHash.node(subtreeHashes.get(i), hash);
    }
    return hash;
  }
}
