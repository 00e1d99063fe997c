package mx.gob.qroo.rppc.audit.domain;

import static mx.gob.qroo.rppc.audit.domain.ReferenceMerkleTree.mth;
import static mx.gob.qroo.rppc.audit.domain.ReferenceMerkleTree.path;
import static mx.gob.qroo.rppc.audit.domain.ReferenceMerkleTree.proof;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log's Merkle tree against a naive reference written straight from the definitions of RFC 9162
 * §2.1 (MTH, PATH, PROOF recomputed from all the leaves), for every tree size up to 64 and every
 * index or pair of sizes, plus the published RFC 6962 test vectors and the negative cases.
 */
class MerkleTreeTest {

  private static final int MAX = 64;
  private static final HexFormat HEX = HexFormat.of();

  // ----- the implementation under test, its hashes taken from the reference leaves

  private static List<byte[]> entries(int n) {
    List<byte[]> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      d.add(("evento " + i).getBytes(StandardCharsets.UTF_8));
    }
    return d;
  }

  /** The hash of a range as the log computes it: from its perfect subtrees, folded. */
  private static byte[] hashOf(MerkleRange range, List<byte[]> d) {
    return MerkleRange.fold(
        range.subtrees().stream()
            .map(s -> mth(d.subList((int) s.start(), (int) s.end())))
            .toList());
  }

  private static List<byte[]> hashes(List<MerkleRange> ranges, List<byte[]> d) {
    return ranges.stream().map(r -> hashOf(r, d)).toList();
  }

  @Test
  void rootsMatchThePublishedRfc6962Vectors() {
    String[] leaves = {
      "",
      "00",
      "10",
      "2021",
      "3031",
      "40414243",
      "5051525354555657",
      "606162636465666768696a6b6c6d6e6f"
    };
    String[] roots = {
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };
    CompactRange tree = new CompactRange();
    for (int i = 0; i < leaves.length; i++) {
      tree.append(MerkleHash.leaf(HEX.parseHex(leaves[i])));
      assertThat(HEX.formatHex(tree.root())).as("root of %d leaves", i + 1).isEqualTo(roots[i]);
    }
    assertThat(HEX.formatHex(MerkleHash.empty()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void theStreamedRootAndEveryCompletedSubtreeMatchTheReference() {
    List<byte[]> d = entries(MAX);
    CompactRange tree = new CompactRange();
    for (int n = 1; n <= MAX; n++) {
      for (CompactRange.Completed c : tree.append(MerkleHash.leaf(d.get(n - 1)))) {
        assertThat(c.hash())
            .isEqualTo(mth(d.subList((int) c.subtree().start(), (int) c.subtree().end())));
      }
      assertThat(tree.size()).isEqualTo(n);
      assertThat(tree.root()).as("root of %d", n).isEqualTo(mth(d.subList(0, n)));
      assertThat(hashOf(new MerkleRange(0, n), d)).isEqualTo(mth(d.subList(0, n)));
    }
  }

  @Test
  void aTreeResumedFromItsSubtreeHashesGoesOnAsTheOriginal() {
    List<byte[]> d = entries(MAX);
    for (int n = 0; n < MAX; n++) {
      List<byte[]> edge =
          n == 0
              ? List.of()
              : new MerkleRange(0, n)
                  .subtrees().stream()
                      .map(s -> mth(d.subList((int) s.start(), (int) s.end())))
                      .toList();
      CompactRange resumed = new CompactRange(n, edge);
      resumed.append(MerkleHash.leaf(d.get(n)));
      assertThat(resumed.root()).isEqualTo(mth(d.subList(0, n + 1)));
    }
  }

  @Test
  void everyInclusionProofUpTo64LeavesMatchesTheReferenceAndVerifies() {
    List<byte[]> d = entries(MAX);
    for (int n = 1; n <= MAX; n++) {
      List<byte[]> tree = d.subList(0, n);
      byte[] root = mth(tree);
      for (int m = 0; m < n; m++) {
        List<byte[]> proof = hashes(MerkleProofs.inclusion(m, n), tree);
        assertThat(proof).as("PATH(%d, D[%d])", m, n).containsExactlyElementsOf(path(m, tree));
        byte[] leaf = MerkleHash.leaf(tree.get(m));
        assertThat(MerkleVerification.inclusion(m, n, leaf, proof, root))
            .as("PATH(%d, D[%d]) verifies", m, n)
            .isTrue();
        assertInclusionRefused(m, n, leaf, proof, root);
      }
    }
  }

  @Test
  void everyConsistencyProofUpTo64LeavesMatchesTheReferenceAndVerifies() {
    List<byte[]> d = entries(MAX);
    for (int n = 1; n <= MAX; n++) {
      byte[] second = mth(d.subList(0, n));
      for (int m = 0; m <= n; m++) {
        byte[] first = mth(d.subList(0, m));
        List<byte[]> proof = hashes(MerkleProofs.consistency(m, n), d.subList(0, n));
        assertThat(proof)
            .as("PROOF(%d, D[%d])", m, n)
            .containsExactlyElementsOf(proof(m, d.subList(0, n)));
        assertThat(MerkleVerification.consistency(m, n, first, second, proof))
            .as("PROOF(%d, D[%d]) verifies", m, n)
            .isTrue();
        if (m > 0 && m < n) {
          assertConsistencyRefused(m, n, first, second, proof);
        }
      }
    }
  }

  @Test
  void rangesOutsideTheTreeAreRefused() {
    assertThat(
            MerkleVerification.inclusion(0, 0, MerkleHash.empty(), List.of(), MerkleHash.empty()))
        .isFalse();
    assertThat(MerkleVerification.consistency(3, 2, new byte[32], new byte[32], List.of()))
        .isFalse();
    assertThat(
            MerkleVerification.consistency(
                4, 4, mth(entries(4)), mth(entries(4).subList(0, 3)), List.of()))
        .isFalse();
  }

  /** Wrong hashes, lengths, indices and sizes: each must make the proof fail. */
  private static void assertInclusionRefused(
      int m, int n, byte[] leaf, List<byte[]> proof, byte[] root) {
    for (int i = 0; i < proof.size(); i++) {
      assertThat(MerkleVerification.inclusion(m, n, leaf, flipped(proof, i), root))
          .as("PATH(%d, D[%d]) with element %d flipped", m, n, i)
          .isFalse();
    }
    assertThat(MerkleVerification.inclusion(m, n, flip(leaf), proof, root)).isFalse();
    assertThat(MerkleVerification.inclusion(m, n, leaf, proof, flip(root))).isFalse();
    if (!proof.isEmpty()) {
      assertThat(MerkleVerification.inclusion(m, n, leaf, proof.subList(1, proof.size()), root))
          .as("PATH(%d, D[%d]) one short", m, n)
          .isFalse();
    }
    assertThat(MerkleVerification.inclusion(m, n, leaf, longer(proof), root))
        .as("PATH(%d, D[%d]) one too long", m, n)
        .isFalse();
    for (int other = 0; other < n; other++) {
      if (other != m) {
        assertThat(MerkleVerification.inclusion(other, n, leaf, proof, root))
            .as("PATH(%d, D[%d]) claimed for index %d", m, n, other)
            .isFalse();
      }
    }
    // a wrong size with that size's own root (a checkpoint binds a size to its root)
    for (int size : new int[] {n - 1, n + 1, 2 * n}) {
      if (size > m && size <= MAX) {
        assertThat(MerkleVerification.inclusion(m, size, leaf, proof, mth(entries(size))))
            .as("PATH(%d, D[%d]) claimed for size %d", m, n, size)
            .isFalse();
      }
    }
  }

  private static void assertConsistencyRefused(
      int m, int n, byte[] first, byte[] second, List<byte[]> proof) {
    for (int i = 0; i < proof.size(); i++) {
      assertThat(MerkleVerification.consistency(m, n, first, second, flipped(proof, i)))
          .as("PROOF(%d, D[%d]) with element %d flipped", m, n, i)
          .isFalse();
    }
    assertThat(MerkleVerification.consistency(m, n, flip(first), second, proof)).isFalse();
    assertThat(MerkleVerification.consistency(m, n, first, flip(second), proof)).isFalse();
    assertThat(MerkleVerification.consistency(m, n, first, second, proof.subList(1, proof.size())))
        .as("PROOF(%d, D[%d]) one short", m, n)
        .isFalse();
    assertThat(MerkleVerification.consistency(m, n, first, second, longer(proof)))
        .as("PROOF(%d, D[%d]) one too long", m, n)
        .isFalse();
    if (n < MAX) {
      assertThat(MerkleVerification.consistency(m, n + 1, first, mth(entries(n + 1)), proof))
          .as("PROOF(%d, D[%d]) claimed for size %d", m, n, n + 1)
          .isFalse();
    }
    if (m > 1) {
      assertThat(MerkleVerification.consistency(m - 1, n, mth(entries(m - 1)), second, proof))
          .as("PROOF(%d, D[%d]) claimed from size %d", m, n, m - 1)
          .isFalse();
    }
  }

  private static List<byte[]> flipped(List<byte[]> proof, int i) {
    List<byte[]> copy = new ArrayList<>(proof);
    copy.set(i, flip(proof.get(i)));
    return copy;
  }

  private static List<byte[]> longer(List<byte[]> proof) {
    List<byte[]> copy = new ArrayList<>(proof);
    copy.add(MerkleHash.leaf(new byte[] {42}));
    return copy;
  }

  private static byte[] flip(byte[] hash) {
    byte[] copy = hash.clone();
    copy[copy.length - 1] ^= 1;
    return copy;
  }
}
