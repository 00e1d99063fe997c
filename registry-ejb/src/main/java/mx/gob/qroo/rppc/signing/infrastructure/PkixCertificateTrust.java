package mx.gob.qroo.rppc.signing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CRL;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateRevokedException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.signing.domain.CertificateTrust;
import mx.gob.qroo.rppc.signing.domain.SignatureRefusal;
import mx.gob.qroo.rppc.signing.domain.SignatureRefusedException;

/**
 * The registry's trust in e.firma certificates, configured by system properties:
 *
 * <ul>
 *   <li>{@code rppc.efirma.trust-dir}: the certificates (DER or PEM) of the issuing authorities
 *       trusted, read at start (SAT's in production, the DEMO CA of {@code ./registry up} here);
 *   <li>{@code rppc.efirma.revocation}: {@code ocsp} (the default: the responder the certificate
 *       names, or {@code rppc.efirma.ocsp-url}) or {@code crl} (the lists in {@code
 *       rppc.efirma.crl-dir}, read at every check, so that a newly published list counts at once).
 * </ul>
 *
 * The JDK's PKIX validator does the work. Revocation is asked of the signer's certificate only, and
 * an unknown status is a refusal, never a pass.
 */
@ApplicationScoped
public class PkixCertificateTrust implements CertificateTrust {

  private static final Logger LOG = Logger.getLogger(PkixCertificateTrust.class.getName());

  private Set<TrustAnchor> anchors;
  private boolean crl;
  private URI ocspResponder;
  private Path crlDir;

  @PostConstruct
  void load() {
    String trustDir = System.getProperty("rppc.efirma.trust-dir");
    String mode = System.getProperty("rppc.efirma.revocation", "ocsp").toLowerCase(Locale.ROOT);
    String responder = System.getProperty("rppc.efirma.ocsp-url");
    String crls = System.getProperty("rppc.efirma.crl-dir");
    configure(
        trustDir == null ? null : Path.of(trustDir),
        mode,
        responder == null || responder.isBlank() ? null : URI.create(responder),
        crls == null ? null : Path.of(crls));
  }

  protected PkixCertificateTrust() {}

  /** Outside the container (tests): the same settings as the system properties. */
  public PkixCertificateTrust(Path trustDir, String revocation, URI ocspResponder, Path crlDir) {
    configure(trustDir, revocation, ocspResponder, crlDir);
  }

  private void configure(Path trustDir, String revocation, URI responder, Path crls) {
    if (!revocation.equals("ocsp") && !revocation.equals("crl")) {
      throw new IllegalArgumentException("rppc.efirma.revocation es ocsp o crl, no " + revocation);
    }
    crl = revocation.equals("crl");
    if (crl && crls == null) {
      throw new IllegalArgumentException("la revocación por CRL necesita rppc.efirma.crl-dir");
    }
    ocspResponder = responder;
    crlDir = crls;
    anchors = new HashSet<>();
    for (Object certificate :
        read(trustDir, "certificados de autoridad", CertificateFactory::generateCertificates)) {
      anchors.add(new TrustAnchor((X509Certificate) certificate, null));
    }
    if (anchors.isEmpty()) {
      LOG.warning(
          "no trusted e.firma authority (rppc.efirma.trust-dir): every staff signature is refused");
    }
  }

  @Override
  public void requireTrusted(X509Certificate certificate, Instant at) {
    if (anchors.isEmpty()) {
      throw new SignatureRefusedException(
          SignatureRefusal.UNTRUSTED, "el Registro no tiene configurada ninguna autoridad");
    }
    try {
      CertPathValidator validator = CertPathValidator.getInstance("PKIX");
      PKIXRevocationChecker revocation = (PKIXRevocationChecker) validator.getRevocationChecker();
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setDate(Date.from(at));
      if (crl) {
        revocation.setOptions(
            EnumSet.of(
                PKIXRevocationChecker.Option.ONLY_END_ENTITY,
                PKIXRevocationChecker.Option.PREFER_CRLS,
                PKIXRevocationChecker.Option.NO_FALLBACK));
        List<CRL> lists = new ArrayList<>();
        for (Object list : read(crlDir, "listas de revocación", CertificateFactory::generateCRLs)) {
          lists.add((CRL) list);
        }
        parameters.addCertStore(
            CertStore.getInstance("Collection", new CollectionCertStoreParameters(lists)));
      } else {
        revocation.setOptions(
            EnumSet.of(
                PKIXRevocationChecker.Option.ONLY_END_ENTITY,
                PKIXRevocationChecker.Option.NO_FALLBACK));
        if (ocspResponder != null) {
          revocation.setOcspResponder(ocspResponder);
        }
      }
      parameters.addCertPathChecker(revocation);
      validator.validate(
          CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)),
          parameters);
    } catch (CertPathValidatorException e) {
      throw refusal(e);
    } catch (InvalidAlgorithmParameterException e) {
      throw new SignatureRefusedException(SignatureRefusal.UNTRUSTED, e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no se pudo validar el certificado", e);
    }
  }

  private static SignatureRefusedException refusal(CertPathValidatorException e) {
    if (e.getReason() == BasicReason.REVOKED) {
      return new SignatureRefusedException(
          SignatureRefusal.REVOKED,
          e.getCause() instanceof CertificateRevokedException revoked
              ? "desde el " + revoked.getRevocationDate().toInstant()
              : null);
    }
    if (e.getReason() == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
      LOG.warning("e.firma revocation status unknown: " + e.getMessage());
      return new SignatureRefusedException(SignatureRefusal.REVOCATION_UNKNOWN);
    }
    if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR) {
      return new SignatureRefusedException(SignatureRefusal.UNTRUSTED);
    }
    return new SignatureRefusedException(SignatureRefusal.UNTRUSTED, e.getMessage());
  }

  /** How a file is read: as certificates or as CRLs. */
  private interface Parsing {
    Collection<?> of(CertificateFactory factory, InputStream in) throws GeneralSecurityException;
  }

  /** Certificates or CRLs of every file of a directory (none when it is not configured). */
  private static List<Object> read(Path dir, String what, Parsing parsing) {
    List<Object> read = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return read;
    }
    try (Stream<Path> files = Files.list(dir)) {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          read.addAll(parsing.of(factory, in));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("no se pudieron leer los " + what + " de " + dir, e);
    }
    return read;
  }
}
