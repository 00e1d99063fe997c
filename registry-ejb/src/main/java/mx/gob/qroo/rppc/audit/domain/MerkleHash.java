package mx.gob.qroo.rppc.audit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of RFC 9162 §2.1.1 with SHA-256: leaves with prefix 0x00, interior nodes with 0x01.
 */
public final class MerkleHash {

  public static final int LENGTH = 32;

  private MerkleHash() {}

  /** MTH of the empty tree: SHA-256 of nothing. */
  public static byte[] empty() {
    return sha256().digest();
  }

  /** SHA-256(0x00 || entry). */
  public static byte[] leaf(byte[] entry) {
    MessageDigest digest = sha256();
    digest.update((byte) 0x00);
    return digest.digest(entry);
  }

  /** SHA-256(0x01 || left || right). */
  public static byte[] node(byte[] left, byte[] right) {
    MessageDigest digest = sha256();
    digest.update((byte) 0x01);
    digest.update(left);
    return digest.digest(right);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("la JVM no ofrece SHA-256", e);
    }
  }
}
