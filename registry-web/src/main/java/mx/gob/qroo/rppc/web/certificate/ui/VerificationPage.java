package mx.gob.qroo.rppc.web.certificate.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.certificate.application.CertificateVerification;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.domain.SealValidation;
import mx.gob.qroo.rppc.web.filing.ui.DisplayTimes;

/**
 * The verification page: what the certificate with the path's code attests, and the outcome of an
 * uploaded copy. An unknown code (or a malformed one) gets a 404 page saying so.
 */
@Named
@RequestScoped
public class VerificationPage {

  @Inject CertificateVerification verification;

  private String code;
  private CertificateVerification.Attested attested;
  private VerificationServlet.Upload upload;

  public void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    code = (String) context.getRequestMap().get(VerificationServlet.CODE);
    upload = (VerificationServlet.Upload) context.getRequestMap().get(VerificationServlet.UPLOAD);
    if (code == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    Optional<CertificateVerification.Attested> looked =
        (Optional<CertificateVerification.Attested>)
            context.getRequestMap().get(VerificationServlet.ATTESTED);
    attested = (looked != null ? looked : verification.find(code)).orElse(null);
    if (attested == null) {
      context.setResponseStatus(404);
    }
  }

  public String getCode() {
    return code;
  }

  public boolean isAsked() {
    return code != null;
  }

  public boolean isFound() {
    return attested != null;
  }

  public String getCanonicalCode() {
    return attested == null ? null : attested.certificate().code();
  }

  public CertificateFacts getFacts() {
    return attested == null ? null : attested.facts();
  }

  public String getAsOf() {
    return attested == null ? null : DisplayTimes.of(attested.facts().asOf());
  }

  public String getFiling() {
    return attested == null ? null : attested.certificate().filingEntryNumber();
  }

  public String getSha256() {
    return attested == null ? null : attested.certificate().sha256();
  }

  /** Each lien or notice in force, in one line. */
  public List<String> getStandings() {
    if (attested == null) {
      return List.of();
    }
    CertificateFacts facts = attested.facts();
    return Stream.concat(facts.encumbrances().stream(), facts.notices().stream())
        .map(e -> e.describe(DisplayTimes::of))
        .toList();
  }

  /** The filings pending on the folio when it was issued, each in one line. */
  public List<String> getPending() {
    return attested == null
        ? List.of()
        : attested.facts().pending().stream().map(p -> p.describe(DisplayTimes::of)).toList();
  }

  /** Whether every entry of the folio still verifies against its seal in the log. */
  public boolean isAttested() {
    return attested != null && attested.attested();
  }

  /** Whether every entry of the folio still verifies (the signature aside). */
  public boolean isEntriesIntact() {
    return attested != null && attested.entries().intact();
  }

  /** Why the certificate is not attested: each entry that no longer verifies, in plain words. */
  public List<String> getEntryProblems() {
    return attested == null ? List.of() : attested.entries().problems();
  }

  /** How many entries of the folio were checked against the log. */
  public int getEntriesChecked() {
    return attested == null ? 0 : attested.entries().entries();
  }

  /** Entries written before entries were sealed: they cannot be checked against the log. */
  public List<String> getUnsealed() {
    return attested == null ? List.of() : attested.entries().unsealed();
  }

  /** What validating the original file's electronic signature found, offline. */
  public SealValidation getSeal() {
    return attested == null ? null : attested.seal();
  }

  /** When the time-stamping authority saw the signature (Quintana Roo's time), or null. */
  public String getStampedAt() {
    SealValidation seal = getSeal();
    return seal == null || seal.stampedAt() == null ? null : DisplayTimes.of(seal.stampedAt());
  }

  public String getUpload() {
    return upload == null ? null : upload.name();
  }
}
