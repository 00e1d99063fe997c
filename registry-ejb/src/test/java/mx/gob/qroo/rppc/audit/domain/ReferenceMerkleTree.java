package mx.gob.qroo.rppc.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A naive Merkle tree written straight from the definitions of RFC 9162 §2.1.1, 2.1.3.1 and 2.1.4.1
 * (MTH, PATH, PROOF recomputed from all the leaves, by recursion over leaf lists): the reference
 * the log's own tree and the witness are tested against.
 */
public final class ReferenceMerkleTree {

  private ReferenceMerkleTree() {}

  public static byte[] mth(List<byte[]> d) {
    if (d.isEmpty()) {
      return MerkleHash.empty();
    }
    if (d.size() == 1) {
      return MerkleHash.leaf(d.get(0));
    }
    int k = Integer.highestOneBit(d.size() - 1);
    return MerkleHash.node(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
  }

  public static List<byte[]> path(int m, List<byte[]> d) {
    List<byte[]> result = new ArrayList<>();
    if (d.size() <= 1) {
      return result;
    }
    int k = Integer.highestOneBit(d.size() - 1);
    if (m < k) {
      result.addAll(path(m, d.subList(0, k)));
      result.add(mth(d.subList(k, d.size())));
    } else {
      result.addAll(path(m - k, d.subList(k, d.size())));
      result.add(mth(d.subList(0, k)));
    }
    return result;
  }

  public static List<byte[]> proof(int m, List<byte[]> d) {
    return m == 0 || m == d.size() ? List.of() : subproof(m, d, true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    List<byte[]> result = new ArrayList<>();
    if (m == d.size()) {
      if (!b) {
        result.add(mth(d));
      }
      return result;
    }
    int k = Integer.highestOneBit(d.size() - 1);
    if (m <= k) {
      result.addAll(subproof(m, d.subList(0, k), b));
      result.add(mth(d.subList(k, d.size())));
    } else {
      result.addAll(subproof(m - k, d.subList(k, d.size()), false));
      result.add(mth(d.subList(0, k)));
    }
    return result;
  }
}
