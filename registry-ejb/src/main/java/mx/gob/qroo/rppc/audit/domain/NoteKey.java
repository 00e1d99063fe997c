package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An Ed25519 key of the C2SP {@code signed-note} format: its name, its 4-byte key hash
 * (SHA-256(name || 0x0A || type || public key)[0:4]) and its verifier key string {@code <name>+<hex
 * key hash>+<base64(type || public key)>}, which is what its holder publishes. The type is 0x01 for
 * a log's key, which signs checkpoints, and 0x04 for a witness's, which cosigns them (C2SP {@code
 * tlog-cosignature}).
 */
public final class NoteKey {

  static final byte ED25519 = 0x01;
  static final byte COSIGNATURE_V1 = 0x04;

  /** X.509 SubjectPublicKeyInfo prefix of a raw 32-byte Ed25519 key. */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final String name;
  private final byte type;
  private final byte[] publicKey;
  private final PublicKey verifier;

  private NoteKey(String name, byte type, byte[] publicKey) {
    if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("nombre de llave inválido: " + name);
    }
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("una llave Ed25519 tiene 32 bytes");
    }
    this.name = name;
    this.type = type;
    this.publicKey = publicKey.clone();
    try {
      byte[] spki = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
      System.arraycopy(publicKey, 0, spki, X509_PREFIX.length, 32);
      this.verifier =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("llave Ed25519 inválida", e);
    }
  }

  /** A log's key, of a JDK Ed25519 public key. */
  public static NoteKey of(String name, PublicKey key) {
    return new NoteKey(name, ED25519, raw(key));
  }

  /** A witness's cosigning key, of a JDK Ed25519 public key. */
  public static NoteKey cosigner(String name, PublicKey key) {
    return new NoteKey(name, COSIGNATURE_V1, raw(key));
  }

  private static byte[] raw(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded.length != X509_PREFIX.length + 32
        || !Arrays.equals(Arrays.copyOf(encoded, X509_PREFIX.length), X509_PREFIX)) {
      throw new IllegalArgumentException("no es una llave pública Ed25519");
    }
    return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
  }

  /** Reads a verifier key string {@code name+hash+base64}, checking its key hash. */
  public static NoteKey parse(String vkey) {
    String[] parts = Objects.requireNonNull(vkey, "vkey").trim().split("\\+", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("llave de verificación mal formada");
    }
    byte[] typed = Base64.getDecoder().decode(parts[2]);
    if (typed.length != 33 || (typed[0] != ED25519 && typed[0] != COSIGNATURE_V1)) {
      throw new IllegalArgumentException("solo se admiten llaves Ed25519 de firma o de cofirma");
    }
    NoteKey key = new NoteKey(parts[0], typed[0], Arrays.copyOfRange(typed, 1, 33));
    if (!HexFormat.of().formatHex(key.keyHash()).equals(parts[1])) {
      throw new IllegalArgumentException("el hash de la llave no coincide");
    }
    return key;
  }

  public String name() {
    return name;
  }

  /** Whether this is a witness's key, whose signatures are cosignatures. */
  public boolean isCosigner() {
    return type == COSIGNATURE_V1;
  }

  /** The first 4 bytes of SHA-256(name || "\n" || type || key). */
  public byte[] keyHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(type);
      return Arrays.copyOf(sha.digest(publicKey), 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The verifier key string to publish. */
  public String verifierKey() {
    byte[] typed = new byte[33];
    typed[0] = type;
    System.arraycopy(publicKey, 0, typed, 1, 32);
    return name
        + "+"
        + HexFormat.of().formatHex(keyHash())
        + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /** The signature line's payload: key hash || Ed25519 signature of the note text. */
  byte[] sign(PrivateKey privateKey, String text) {
    byte[] signature = ed25519(privateKey, text);
    byte[] payload = Arrays.copyOf(keyHash(), 4 + signature.length);
    System.arraycopy(signature, 0, payload, 4, signature.length);
    return payload;
  }

  /** Whether the payload is this key's signature of the text. */
  boolean verifies(String text, byte[] payload) {
    return type == ED25519
        && payload.length == 4 + 64
        && Arrays.equals(Arrays.copyOf(payload, 4), keyHash())
        && ed25519Verifies(text, Arrays.copyOfRange(payload, 4, payload.length));
  }

  static byte[] ed25519(PrivateKey privateKey, String message) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(message.getBytes(StandardCharsets.UTF_8));
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no se pudo firmar el punto de control", e);
    }
  }

  boolean ed25519Verifies(String message, byte[] signature) {
    try {
      Signature checker = Signature.getInstance("Ed25519");
      checker.initVerify(verifier);
      checker.update(message.getBytes(StandardCharsets.UTF_8));
      return checker.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
