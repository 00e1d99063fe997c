package mx.gob.qroo.rppc.certificate.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.application.SealProofs;
import mx.gob.qroo.rppc.audit.domain.EntrySealVerification;
import mx.gob.qroo.rppc.audit.domain.LogProof;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.RecordedEntry;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.audit.domain.SealedEntry;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.domain.LienCertificate;
import mx.gob.qroo.rppc.certificate.domain.LienCertificates;
import mx.gob.qroo.rppc.certificate.domain.SealValidation;
import mx.gob.qroo.rppc.certificate.domain.VerificationCode;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.shared.application.PublicLookups;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;

/**
 * For anyone holding a certificate: what it attests (recomputed from the folio's entries as of its
 * instant: the same facts it printed), whether those entries still verify against the seals the
 * transparency log holds for them (an entry altered, deleted or inserted behind the application's
 * back leaves the certificate unattested, and says why), and whether a file is the unaltered
 * original (its SHA-256 is the one recorded at issuance: a single changed byte, or a new signature,
 * makes it differ), and what validating its electronic signature finds with what the file carries
 * (PAdES: chain, revocation answers, timestamp). Each lookup by code spends one of the client's
 * budget of public lookups.
 */
@Stateless
@PermitAll
public class CertificateVerification {

  @Inject LienCertificates certificates;
  @Inject FolioRepository folios;
  @Inject MerkleLog log;
  @Inject PublicLookups lookups;
  @Inject SealChecks signatures;
  @Inject SealProofs proofs;

  /**
   * A certificate, the facts it attests, the check of the folio's entries they rest on and the
   * validation of its signature: the facts are attested only if every entry of the folio verifies
   * and the stored file's signature is not broken (one that cannot be decided offline, like those
   * of certificates issued before they carried their validation data, is said so, not refused).
   */
  public record Attested(
      LienCertificate certificate,
      CertificateFacts facts,
      EntrySealVerification.Report entries,
      SealValidation seal) {
    public boolean attested() {
      return entries.intact() && seal.outcome() != SealValidation.Outcome.INVALID;
    }
  }

  public Optional<Attested> find(String typedCode) {
    lookups.spend();
    String code = VerificationCode.canonical(typedCode);
    // a malformed code is looked up too (as one that is never issued): same query, same answer
    return certificates.byCode(code == null ? "CLG-0000-0000-0000" : code).map(this::attested);
  }

  private Attested attested(LienCertificate certificate) {
    String number = certificate.folioNumber();
    // the seals before the entries: an inscription committed between the two reads then shows as
    // an entry not yet sealed, which a second read of the seals clears (the other order would show
    // it as a sealed entry deleted)
    List<SealedEntry> seals = log.sealsOf(number);
    Folio folio = folios.find(FolioNumber.parse(number)).orElseThrow();
    // every entry of the folio, not only those before the certificate's instant: an entry whose
    // date was moved past it would otherwise drop out of the check along with its lien
    List<RecordedEntry> entries =
        folio.entries().stream()
            .map(
                e ->
                    new RecordedEntry(
                        number, e.sequence(), e.contentHash(), e.previousHash(), e.currentHash()))
            .toList();
    EntrySealVerification.Report report = EntrySealVerification.check(entries, seals);
    if (!report.intact()) {
      report = EntrySealVerification.check(entries, log.sealsOf(number));
    }
    SealValidation seal =
        certificates
            .pdf(certificate.code())
            .map(signatures::of)
            .orElseThrow(() -> new IllegalStateException("certificado sin archivo"));
    return new Attested(
        certificate,
        CertificateFacts.of(folio, certificate.asOf()).withPending(certificate.pending()),
        report,
        seal);
  }

  /**
   * The offline proof that the certificate with this code was sealed in the log (a {@code
   * .tlog-proof} file), or empty while no checkpoint the witness cosigned covers its seal yet. One
   * lookup of the client's budget; an unknown code is not found.
   */
  public Optional<LogProof> proof(String typedCode) {
    lookups.spend();
    String code = VerificationCode.canonical(typedCode);
    LienCertificate certificate =
        certificates
            .byCode(code == null ? "CLG-0000-0000-0000" : code)
            .orElseThrow(() -> new ResourceNotFoundException("no existe el certificado"));
    return proofs.of(ResourceType.CERTIFICATE.name(), certificate.code());
  }

  /** Whether {@code pdf} is, byte for byte, the certificate found (no lookup of its own). */
  public static boolean isOriginal(Attested attested, byte[] pdf) {
    return attested.certificate().sha256().equals(CertificateIssuance.sha256(pdf));
  }
}
