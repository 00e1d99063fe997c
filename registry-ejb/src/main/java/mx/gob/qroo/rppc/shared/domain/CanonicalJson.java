package mx.gob.qroo.rppc.shared.domain;

import jakarta.json.JsonStructure;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The RFC 8785 (JCS) bytes of a JSON value and their SHA-256: what a registrar's signature and a
 * folio's hash chain cover, so that anyone can recompute them from the same facts with any JCS
 * implementation.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static byte[] bytes(JsonStructure value) {
    try {
      return new JsonCanonicalizer(value.toString()).getEncodedUTF8();
    } catch (IOException e) {
      throw new IllegalStateException("JSON sin forma canónica: " + e.getMessage(), e);
    }
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
