package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;
import mx.gob.qroo.rppc.shared.application.KeyDirectory;

/**
 * The registry's Ed25519 key for the access log's checkpoints. It lives in files outside the
 * database (a database superuser must not be able to re-sign a rewritten log): the directory of
 * system property {@code rppc.audit.key-dir}, by default {@code <server data dir>/audit-log-key}.
 * When the files are missing a DEMO key pair is generated there, named as such; a production
 * installation puts its own key (PKCS#8 {@code private.p8}, X.509 {@code public.der}) in place and
 * names it with {@code rppc.audit.key-name}.
 */
@ApplicationScoped
public class LogSigningKey {

  static final String DEMO_NAME = "rppc.qroo.gob.mx-bitacora-DEMO";

  private NoteKey noteKey;
  private PrivateKey privateKey;
  private String origin;

  @PostConstruct
  void load() {
    KeyDirectory dir = KeyDirectory.of("rppc.audit.key-dir", "audit-log-key");
    origin = System.getProperty("rppc.audit.origin", "rppc.qroo.gob.mx/bitacora");
    try {
      KeyPair pair = readOrCreate(dir);
      privateKey = pair.getPrivate();
      noteKey = NoteKey.of(System.getProperty("rppc.audit.key-name", DEMO_NAME), pair.getPublic());
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo leer la llave de la bitácora en " + dir.path(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("llave de la bitácora inválida en " + dir.path(), e);
    }
  }

  /** The public key, as checkpoints are checked with it. */
  public NoteKey publicKey() {
    return noteKey;
  }

  /** The public key as a C2SP verifier key string. */
  public String verifierKey() {
    return noteKey.verifierKey();
  }

  public String origin() {
    return origin;
  }

  public String sign(Checkpoint checkpoint) {
    return SignedNote.sign(checkpoint, noteKey, privateKey);
  }

  private static KeyPair readOrCreate(KeyDirectory dir)
      throws IOException, GeneralSecurityException {
    Path publicFile = dir.resolve("public.der");
    KeyFactory factory = KeyFactory.getInstance("Ed25519");
    if (!Files.exists(dir.resolve("private.p8"))) {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      dir.secure();
      Files.write(publicFile, pair.getPublic().getEncoded());
      dir.writePrivate("private.p8", pair.getPrivate().getEncoded());
    }
    PrivateKey privateKey =
        factory.generatePrivate(new PKCS8EncodedKeySpec(dir.readPrivate("private.p8")));
    PublicKey publicKey =
        factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
    return new KeyPair(publicKey, privateKey);
  }
}
