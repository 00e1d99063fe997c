package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.filing.application.FilingExamination;
import mx.gob.qroo.rppc.filing.application.FilingQueries;
import mx.gob.qroo.rppc.filing.application.FilingView;
import mx.gob.qroo.rppc.filing.application.InscriptionSignature;
import mx.gob.qroo.rppc.filing.application.StatementToSign;
import mx.gob.qroo.rppc.filing.domain.ExaminationDecision;
import mx.gob.qroo.rppc.folio.application.FolioQueries;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.folio.domain.EntryStatement;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.OutsideOfficeException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Calificación: the filing beside the current state of its folios, and the decision form. View
 * scoped, so that the form's conditions see the same filing on the postback.
 *
 * <p>An inscription that writes entries is signed in the browser (resources/js/efirma.js): the page
 * shows the entries and carries the bytes to sign; the script signs them with the registrar's .key
 * and posts back only the certificate and the signature value.
 */
@Named
@ViewScoped
public class ExaminationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingQueries queries;
  @Inject FilingExamination examination;
  @Inject FolioQueries folioQueries;
  @Inject DocumentReads documentReads;

  private transient List<StoredDocument> documents;

  private String entryNumber;
  private String decision = "INSCRIBE";
  private String grounds;
  private Integer correctionTermDays = 10;
  private transient FilingView filing;
  private transient List<FolioView> folios;
  private transient StatementToSign toSign;
  private transient String nothingToSign;
  private String signatureCertificate;
  private String signatureValue;

  public void load() {
    if (entryNumber != null && !entryNumber.isBlank() && filing == null) {
      filing = Messages.attempt(() -> queries.byEntryNumber(entryNumber));
    }
  }

  public void assignToMe() {
    FilingView done = Messages.attempt(() -> examination.assign(entryNumber, null));
    if (done != null) {
      filing = done;
      toSign = null;
      nothingToSign = null;
      Messages.info("Solicitud turnada a usted.");
    }
  }

  public void decide() {
    folios = null;
    FilingView done =
        Messages.attempt(
            () -> {
              Violations violations = new Violations();
              ExaminationDecision chosen =
                  violations.parseOptional("decision", decision, ExaminationDecision::parse);
              InscriptionSignature signature =
                  InscriptionSignature.fromBase64(signatureCertificate, signatureValue, violations);
              violations.throwIfAny();
              return examination.examine(
                  entryNumber, chosen, grounds, correctionTermDays, signature);
            });
    signatureCertificate = null;
    signatureValue = null;
    toSign = null;
    nothingToSign = null;
    if (done != null) {
      filing = done;
      Messages.info("Calificación registrada: " + done.status().citizenLabel() + ".");
    } else {
      filing = null;
      folios = null;
      load();
    }
  }

  /**
   * What the registrar signs to inscribe, when the filing is turned to them and writes entries;
   * otherwise null, with the reason in {@link #getNothingToSign()}.
   */
  private StatementToSign toSign() {
    if (toSign == null
        && nothingToSign == null
        && filing != null
        && filing.status().isPending()
        // only a registrar signs; anyone else sees the filing without the signing form
        && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.REGISTRADOR)) {
      try {
        toSign = examination.statementToSign(entryNumber);
      } catch (ConflictException | ResourceNotFoundException | OutsideOfficeException e) {
        // shown beside the signing form, not as an error: the decision may still be to suspend
        nothingToSign = e.getMessage();
      }
    }
    return toSign;
  }

  /** The entries an inscription would write, in plain words. */
  public List<EntryStatement> getEntriesToSign() {
    StatementToSign statement = toSign();
    return statement == null ? List.of() : statement.entries();
  }

  /** The exact bytes to sign, in base64, for the page's script. */
  public String getToBeSigned() {
    StatementToSign statement = toSign();
    return statement == null || statement.entries().isEmpty()
        ? null
        : Base64.getEncoder().encodeToString(statement.toBeSigned());
  }

  public String getNothingToSign() {
    toSign();
    return nothingToSign;
  }

  public String getSignatureCertificate() {
    return signatureCertificate;
  }

  public void setSignatureCertificate(String signatureCertificate) {
    this.signatureCertificate = signatureCertificate;
  }

  public String getSignatureValue() {
    return signatureValue;
  }

  public void setSignatureValue(String signatureValue) {
    this.signatureValue = signatureValue;
  }

  public List<FolioView> getFolios() {
    if (folios == null && filing != null) {
      folios =
          filing.folios().stream()
              .map(n -> Messages.attempt(() -> folioQueries.state(n, null)))
              .filter(f -> f != null)
              .toList();
    }
    return folios == null ? List.of() : folios;
  }

  /** The filing's documents (read once per request), each linking to the viewer. */
  public List<StoredDocument> getDocuments() {
    if (documents == null && filing != null) {
      List<StoredDocument> found = Messages.attempt(() -> documentReads.ofFiling(entryNumber));
      documents = found == null ? List.of() : found;
    }
    return documents == null ? List.of() : documents;
  }

  public String receivedAt() {
    return filing == null ? null : DisplayTimes.of(filing.receivedAt());
  }

  public FilingView getFiling() {
    return filing;
  }

  public String getEntryNumber() {
    return entryNumber;
  }

  public void setEntryNumber(String entryNumber) {
    this.entryNumber = entryNumber;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public Integer getCorrectionTermDays() {
    return correctionTermDays;
  }

  public void setCorrectionTermDays(Integer correctionTermDays) {
    this.correctionTermDays = correctionTermDays;
  }
}
