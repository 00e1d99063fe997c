package mx.gob.qroo.rppc.certificate.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.domain.LienCertificate;
import mx.gob.qroo.rppc.certificate.domain.LienCertificates;
import mx.gob.qroo.rppc.certificate.domain.VerificationCode;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.shared.application.PublicLookups;

/**
 * For anyone holding a certificate: what it attests (recomputed from the folio's entries as of its
 * instant: the same facts it printed) and whether a file is the unaltered original (its SHA-256 is
 * the one recorded at issuance: a single changed byte, or a new signature, makes it differ). Each
 * lookup by code spends one of the client's budget of public lookups.
 */
@Stateless
@PermitAll
public class CertificateVerification {

  @Inject LienCertificates certificates;
  @Inject FolioRepository folios;
  @Inject PublicLookups lookups;

  /** A certificate and the facts it attests. */
  public record Attested(LienCertificate certificate, CertificateFacts facts) {}

  public Optional<Attested> find(String typedCode) {
    lookups.spend();
    String code = VerificationCode.canonical(typedCode);
    // a malformed code is looked up too (as one that is never issued): same query, same answer
    return certificates
        .byCode(code == null ? "CLG-0000-0000-0000" : code)
        .map(
            c ->
                new Attested(
                    c,
                    CertificateFacts.of(
                        folios.find(FolioNumber.parse(c.folioNumber())).orElseThrow(), c.asOf())));
  }

  /** Whether {@code pdf} is, byte for byte, the certificate found (no lookup of its own). */
  public static boolean isOriginal(Attested attested, byte[] pdf) {
    return attested.certificate().sha256().equals(CertificateIssuance.sha256(pdf));
  }
}
