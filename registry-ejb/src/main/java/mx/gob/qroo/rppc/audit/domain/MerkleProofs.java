package mx.gob.qroo.rppc.audit.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which ranges of leaves make the audit paths and consistency proofs of RFC 9162 §2.1.3.1 and
 * §2.1.4.1, in the order the proofs list their hashes. Pure arithmetic: the caller looks the
 * ranges' subtree hashes up ({@link MerkleRange#subtrees()}) and folds them.
 */
public final class MerkleProofs {

  private MerkleProofs() {}

  /** PATH(m, D[n]): the ranges whose hashes prove that leaf {@code m} is in a tree of size n. */
  public static List<MerkleRange> inclusion(long m, long n) {
    if (m < 0 || m >= n) {
      throw new IllegalArgumentException(
          "la hoja " + m + " no está en un árbol de " + n + " hojas");
    }
    List<MerkleRange> path = new ArrayList<>();
    path(m, 0, n, path);
    return path;
  }

  /** PROOF(m, D[n]): the ranges whose hashes prove that the tree of size n extends that of m. */
  public static List<MerkleRange> consistency(long m, long n) {
    if (m < 0 || m > n) {
      throw new IllegalArgumentException(
          "un árbol de " + m + " hojas no puede ser prefijo de uno de " + n);
    }
    List<MerkleRange> proof = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(m, 0, n, true, proof);
    }
    return proof;
  }

  /** Every subtree whose hash the ranges' hashes are folded from. */
  public static Set<Subtree> subtreesOf(List<MerkleRange> ranges) {
    Set<Subtree> needed = new HashSet<>();
    ranges.forEach(r -> needed.addAll(r.subtrees()));
    return needed;
  }

  /** Each range's hash, folded from the subtree hashes looked up ({@link #subtreesOf}). */
  public static List<byte[]> hashes(List<MerkleRange> ranges, Map<Subtree, byte[]> subtrees) {
    List<byte[]> hashes = new ArrayList<>(ranges.size());
    for (MerkleRange range : ranges) {
      List<byte[]> parts = range.subtrees().stream().map(subtrees::get).toList();
      if (parts.contains(null)) {
        throw new IllegalStateException("falta el hash de un subárbol de " + range);
      }
      hashes.add(MerkleRange.fold(parts));
    }
    return hashes;
  }

  /** The ranges of the tree [start, end) holding leaf m (absolute), leaf side first. */
  private static void path(long m, long start, long end, List<MerkleRange> path) {
    long n = end - start;
    if (n == 1) {
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m - start < k) {
      path(m, start, start + k, path);
      path.add(new MerkleRange(start + k, end));
    } else {
      path(m, start + k, end, path);
      path.add(new MerkleRange(start, start + k));
    }
  }

  /** SUBPROOF(m, D[start:end], b) with m counted from start. */
  private static void subproof(
      long m, long start, long end, boolean whole, List<MerkleRange> proof) {
    long n = end - start;
    if (m == n) {
      if (!whole) {
        proof.add(new MerkleRange(start, end));
      }
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(m, start, start + k, whole, proof);
      proof.add(new MerkleRange(start + k, end));
    } else {
      subproof(m - k, start + k, end, false, proof);
      proof.add(new MerkleRange(start, start + k));
    }
  }

  /** The largest power of two smaller than n (n ≥ 2). */
  static long largestPowerOfTwoBelow(long n) {
    return Long.highestOneBit(n - 1);
  }
}
