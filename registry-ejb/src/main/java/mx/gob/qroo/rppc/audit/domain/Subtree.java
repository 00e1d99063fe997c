package mx.gob.qroo.rppc.audit.domain;

/**
 * A perfect subtree of the log's Merkle tree: the {@code 2^level} leaves from {@code index *
 * 2^level} on. Level 0 is a single leaf. Every range the RFC 9162 algorithms hash splits into such
 * subtrees, which is what lets the log keep their hashes and answer any proof with a few lookups.
 */
public record Subtree(int level, long index) {

  public Subtree {
    if (level < 0 || level > 62 || index < 0) {
      throw new IllegalArgumentException("subárbol inválido: nivel " + level + ", índice " + index);
    }
  }

  public long start() {
    return index << level;
  }

  public long end() {
    return (index + 1) << level;
  }

  public long size() {
    return 1L << level;
  }
}
