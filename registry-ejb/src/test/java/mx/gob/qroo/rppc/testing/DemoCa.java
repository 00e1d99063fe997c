package mx.gob.qroo.rppc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The repository's DEMO e.firma authority ({@code tools/demo-ca/demo-ca}, openssl) in a folder of a
 * test's own, with its OCSP responder on a free port: it issues signing certificates and keys as
 * SAT does, and revokes them.
 */
public final class DemoCa implements AutoCloseable {

  private final Path caDir;
  private final Path issued;
  private final int ocspPort;
  private final int tsaPort = freePort();
  private Process responder;
  private Process tsa;

  private DemoCa(Path caDir, Path issued, int ocspPort) {
    this.caDir = caDir;
    this.issued = issued;
    this.ocspPort = ocspPort;
  }

  /** A new CA in {@code dir}; its responder is not started (see {@link #startResponder}). */
  public static DemoCa create(Path dir) {
    DemoCa ca = new DemoCa(dir.resolve("ca"), dir.resolve("efirma"), freePort());
    run("init", ca.caDir().toString(), ca.ocspUrl().toString());
    return ca;
  }

  /**
   * The CA of a running instance ({@code .work/<instance>/demo-ca}, whose responder the launcher
   * runs), issuing into {@code issued}.
   */
  public static DemoCa existing(Path caDir, Path issued) {
    return new DemoCa(caDir, issued, -1);
  }

  public Path caDir() {
    return caDir;
  }

  /** What a registry trusts: the CA's certificate alone. */
  public Path trustDir() {
    return caDir().resolve("trust");
  }

  public Path crlDir() {
    return caDir().resolve("crl");
  }

  public URI ocspUrl() {
    return URI.create("http://127.0.0.1:" + ocspPort + "/");
  }

  public DemoCa startResponder() {
    responder = serve("ocsp", ocspPort);
    return this;
  }

  /** Its DEMO time-stamping authority (RFC 3161 over HTTP), on a free port. */
  public DemoCa startTimeStamping() {
    tsa = serve("tsa", tsaPort);
    return this;
  }

  public URI tsaUrl() {
    return URI.create("http://127.0.0.1:" + tsaPort + "/");
  }

  /**
   * The registry's seal issued by this CA into {@code keyDir} ({@code private.p8}, {@code
   * certificate.der}, {@code issuer.der}), as {@code ./registry up} does.
   */
  public Path seal(Path keyDir) {
    run("seal", caDir().toString(), keyDir.toString(), "Registro Publico de prueba - DEMO");
    return keyDir;
  }

  private Process serve(String command, int port) {
    try {
      Process process =
          new ProcessBuilder(script().toString(), command, caDir().toString(), "" + port)
              .redirectErrorStream(true)
              .redirectOutput(caDir.resolveSibling(command + ".log").toFile())
              .start();
      for (int i = 0; i < 300 && !listening(port); i++) {
        Thread.sleep(50);
      }
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An e.firma pair as SAT issues it: {@code <user>.cer} and {@code <user>.key}, password = user.
   */
  public Efirma issue(String user, String fullName, String curp) {
    return issue(user, fullName, curp, false);
  }

  /** A pair whose certificate expired yesterday. */
  public Efirma issueExpired(String user, String fullName, String curp) {
    return issue(user, fullName, curp, true);
  }

  private Efirma issue(String user, String fullName, String curp, boolean expired) {
    List<String> arguments =
        new ArrayList<>(
            List.of("issue", caDir().toString(), issued.toString(), user, fullName, curp));
    if (expired) {
      arguments.addAll(List.of("", "expired"));
    }
    run(arguments.toArray(String[]::new));
    return new Efirma(issued.resolve(user + ".cer"), issued.resolve(user + ".key"), user);
  }

  public void revoke(Efirma efirma) {
    run("revoke", caDir().toString(), efirma.certificate().toString());
  }

  @Override
  public void close() {
    for (Process process : new Process[] {responder, tsa}) {
      if (process == null) {
        continue;
      }
      // the script's loop and the processes it runs
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The files of one e.firma and their password. */
  public record Efirma(Path certificate, Path key, String password) {

    public byte[] certificateBytes() {
      try {
        return Files.readAllBytes(certificate);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** RSA PKCS#1 v1.5 with SHA-256 of the bytes, with the key decrypted by its password. */
    public byte[] sign(byte[] bytes) {
      try {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey());
        signer.update(bytes);
        return signer.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    private PrivateKey privateKey() {
      try {
        InputDecryptorProvider decryptor =
            // the JDK has no PBKDF2 over the 8-bit password bytes PBES2 keys use; BC does
            new JceOpenSSLPKCS8DecryptorProviderBuilder()
                .setProvider(new BouncyCastleProvider())
                .build(password.toCharArray());
        return new JcaPEMKeyConverter()
            .getPrivateKey(
                new PKCS8EncryptedPrivateKeyInfo(Files.readAllBytes(key))
                    .decryptPrivateKeyInfo(decryptor));
      } catch (Exception e) {
        throw new IllegalStateException("no se pudo abrir la llave " + key, e);
      }
    }
  }

  private static boolean listening(int port) {
    try (var socket = new java.net.Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void run(String... arguments) {
    List<String> command = new ArrayList<>(List.of(script().toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("demo-ca " + arguments[0] + " falló: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path script() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      Path candidate = p.resolve("tools/demo-ca/demo-ca");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no se encontró tools/demo-ca/demo-ca en el repositorio");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
