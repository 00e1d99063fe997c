package mx.gob.qroo.rppc.certificate.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import mx.gob.qroo.rppc.certificate.infrastructure.PdfSignature;
import mx.gob.qroo.rppc.shared.application.KeyDirectory;

/**
 * The registry's seal for signing certificates, in files outside the database: the directory of
 * system property {@code rppc.certificates.key-dir}, by default {@code <server data
 * dir>/certificate-signing-key}: {@code private.p8} (PKCS#8), {@code certificate.der} (X.509, the
 * seal) and {@code issuer.der} (the authority that issued it, which the registry trusts). The
 * time-stamping authority is {@code rppc.certificates.tsa-url}. {@code ./registry up} issues a DEMO
 * seal from its demo authority ({@code tools/demo-ca seal}); a production installation puts the
 * registry's own seal there and names its accredited (NOM-151) time-stamping provider.
 */
@ApplicationScoped
public class CertificateSigningKey {

  private PdfSignature signature;
  private X509Certificate issuer;

  @PostConstruct
  void load() {
    KeyDirectory dir = KeyDirectory.of("rppc.certificates.key-dir", "certificate-signing-key");
    String timeStamping = System.getProperty("rppc.certificates.tsa-url");
    if (timeStamping == null || timeStamping.isBlank()) {
      throw new IllegalStateException(
          "falta rppc.certificates.tsa-url: el sello de tiempo de los certificados");
    }
    try {
      dir.secure();
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(dir.readPrivate("private.p8")));
      issuer = certificate(dir.resolve("issuer.der"));
      signature =
          new PdfSignature(
              key, certificate(dir.resolve("certificate.der")), List.of(issuer), timeStamping);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no se pudo leer el sello de los certificados en " + dir.path(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sello de los certificados inválido en " + dir.path(), e);
    }
  }

  /** Loaded as the application starts, not at the first certificate. */
  void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // touching the bean is enough: @PostConstruct has run
  }

  public PdfSignature signature() {
    return signature;
  }

  public X509Certificate certificate() {
    return signature.certificate();
  }

  /** The authority that issued the seal: what its signatures are validated against. */
  public X509Certificate issuer() {
    return issuer;
  }

  private static X509Certificate certificate(Path file)
      throws IOException, GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
  }
}
