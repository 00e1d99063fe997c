package mx.gob.qroo.rppc.certificate.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import mx.gob.qroo.rppc.certificate.infrastructure.PdfSignature;
import mx.gob.qroo.rppc.shared.application.KeyDirectory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The registry's key for signing certificates, in files outside the database: the directory of
 * system property {@code rppc.certificates.key-dir}, by default {@code <server data
 * dir>/certificate-signing-key} ({@code private.p8}, PKCS#8, and {@code certificate.der}, X.509).
 * When they are missing a DEMO key (RSA 3072) and a self-signed certificate whose name says DEMO
 * are generated there; a production installation puts the registry's own key and certificate in
 * their place.
 */
@ApplicationScoped
public class CertificateSigningKey {

  static final String DEMO_SUBJECT =
      "CN=Registro Publico de la Propiedad y del Comercio de Quintana Roo - DEMO (sin validez),"
          + " O=RPPC Quintana Roo DEMO, C=MX";

  private PdfSignature signature;
  private X509Certificate certificate;

  @PostConstruct
  void load() {
    KeyDirectory dir = KeyDirectory.of("rppc.certificates.key-dir", "certificate-signing-key");
    try {
      Path certificateFile = dir.resolve("certificate.der");
      if (!Files.exists(dir.resolve("private.p8")) || !Files.exists(certificateFile)) {
        createDemo(dir, certificateFile);
      }
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(dir.readPrivate("private.p8")));
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(Files.readAllBytes(certificateFile)));
      signature = new PdfSignature(key, certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no se pudo leer la llave de los certificados en " + dir.path(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("llave de los certificados inválida en " + dir.path(), e);
    }
  }

  /** Loaded (or the DEMO key generated) as the application starts, not at the first certificate. */
  void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // touching the bean is enough: @PostConstruct has run
  }

  public PdfSignature signature() {
    return signature;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  private static void createDemo(KeyDirectory dir, Path certificateFile)
      throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    KeyPair pair = generator.generateKeyPair();
    Instant now = Instant.now();
    X500Name name = new X500Name(DEMO_SUBJECT);
    try {
      X509Certificate self =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          BigInteger.valueOf(now.toEpochMilli()),
                          Date.from(now.minus(Duration.ofDays(1))),
                          Date.from(now.plus(Duration.ofDays(3650))),
                          name,
                          pair.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      dir.secure();
      Files.write(certificateFile, self.getEncoded());
      dir.writePrivate("private.p8", pair.getPrivate().getEncoded());
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("certificado DEMO", e);
    }
  }
}
