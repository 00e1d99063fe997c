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
 * (SHA-256(name || 0x0A || 0x01 || public key)[0:4]) and its verifier key string {@code <name>+<hex
 * key hash>+<base64(0x01 || public key)>}, which is what the registry publishes.
 */
public final class NoteKey {

  static final byte ED25519 = 0x01;

  /** X.509 SubjectPublicKeyInfo prefix of a raw 32-byte Ed25519 key. */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final String name;
  private final byte[] publicKey;
  private final PublicKey verifier;

  private NoteKey(String name, byte[] publicKey) {
    if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("nombre de llave inválido: " + name);
    }
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("una llave Ed25519 tiene 32 bytes");
    }
    this.name = name;
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

  /** The key of a JDK Ed25519 public key. */
  public static NoteKey of(String name, PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded.length != X509_PREFIX.length + 32
        || !Arrays.equals(Arrays.copyOf(encoded, X509_PREFIX.length), X509_PREFIX)) {
      throw new IllegalArgumentException("no es una llave pública Ed25519");
    }
    return new NoteKey(name, Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length));
  }

  /** Reads a verifier key string {@code name+hash+base64}, checking its key hash. */
  public static NoteKey parse(String vkey) {
    String[] parts = Objects.requireNonNull(vkey, "vkey").trim().split("\\+", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("llave de verificación mal formada");
    }
    byte[] typed = Base64.getDecoder().decode(parts[2]);
    if (typed.length != 33 || typed[0] != ED25519) {
      throw new IllegalArgumentException("solo se admiten llaves Ed25519");
    }
    NoteKey key = new NoteKey(parts[0], Arrays.copyOfRange(typed, 1, 33));
    if (!HexFormat.of().formatHex(key.keyHash()).equals(parts[1])) {
      throw new IllegalArgumentException("el hash de la llave no coincide");
    }
    return key;
  }

  public String name() {
    return name;
  }

  /** The first 4 bytes of SHA-256(name || "\n" || 0x01 || key). */
  public byte[] keyHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(ED25519);
      return Arrays.copyOf(sha.digest(publicKey), 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The verifier key string to publish. */
  public String verifierKey() {
    byte[] typed = new byte[33];
    typed[0] = ED25519;
    System.arraycopy(publicKey, 0, typed, 1, 32);
    return name
        + "+"
        + HexFormat.of().formatHex(keyHash())
        + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /** The signature line's payload: key hash || Ed25519 signature of the note text. */
  byte[] sign(PrivateKey privateKey, String text) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      byte[] signature = signer.sign();
      byte[] payload = Arrays.copyOf(keyHash(), 4 + signature.length);
      System.arraycopy(signature, 0, payload, 4, signature.length);
      return payload;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no se pudo firmar el punto de control", e);
    }
  }

  /** Whether the payload is this key's signature of the text. */
  boolean verifies(String text, byte[] payload) {
    if (payload.length != 4 + 64 || !Arrays.equals(Arrays.copyOf(payload, 4), keyHash())) {
      return false;
    }
    try {
      Signature checker = Signature.getInstance("Ed25519");
      checker.initVerify(verifier);
      checker.update(text.getBytes(StandardCharsets.UTF_8));
      return checker.verify(Arrays.copyOfRange(payload, 4, payload.length));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
