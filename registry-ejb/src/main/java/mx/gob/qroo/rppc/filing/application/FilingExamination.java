package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AnomalyLog;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.certificate.application.CertificateIssuance;
import mx.gob.qroo.rppc.filing.domain.ExaminationDecision;
import mx.gob.qroo.rppc.filing.domain.ExaminationOutcome;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.filing.domain.Prelacion;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;
import mx.gob.qroo.rppc.shared.application.BusinessCalendars;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Calificación registral: assignment to a registrar, examination with its three outcomes, and the
 * applicant's withdrawal or correction. Inscription signs the entries on every folio of the filing
 * (for a certificate filing: issues a signed lien certificate of each folio), and is refused while
 * an earlier filing on any of those folios is pending (prelación); the refusal is recorded as an
 * anomaly in the access log.
 */
@Stateless
public class FilingExamination {

  @Inject FilingRepository filings;
  @Inject FolioRepository folios;
  @Inject BusinessCalendars calendars;
  @Inject CallerIdentity caller;
  @Inject AnomalyLog anomalies;
  @Inject FilingViews views;
  @Inject CertificateIssuance certificates;
  @Inject Clock clock;
  @Inject OfficeScope offices;

  /**
   * Turns a filing to a registrar (the caller by default). One already turned to a registrar is
   * taken from them only by an administrator; a registrar's attempt is refused and, like an
   * administrator turning it to themselves, recorded for the self-reassignment rule.
   */
  @RolesAllowed({Role.REGISTRADOR, Role.ADMIN})
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.FILING)
  public FilingView assign(@AuditResourceId String entryNumber, String registrar) {
    Filing filing = find(entryNumber);
    String who = registrar == null || registrar.isBlank() ? caller.name() : registrar.trim();
    String holder = filing.assignedTo();
    if (holder != null && !holder.equals(who)) {
      boolean admin = caller.actor().roles().contains(Role.ADMIN);
      if (!admin || who.equals(caller.name())) {
        anomalies.record(
            caller.actor(),
            AccessAction.UPDATE,
            ResourceType.FILING,
            filing.entryNumber().toString(),
            AccessEvent.REASSIGNMENT_DETAIL
                + caller.name()
                + (admin ? " se turnó " : " intentó tomar ")
                + filing.entryNumber()
                + ", turnada a "
                + holder);
      }
      if (!admin) {
        throw new ConflictException(
            "asignada-a-otro",
            "la solicitud "
                + filing.entryNumber()
                + " está turnada a "
                + holder
                + "; solo un administrador puede turnarla a otro registrador");
      }
    }
    filing.assignTo(who, caller.name(), now());
    return views.of(filing);
  }

  @RolesAllowed(Role.REGISTRADOR)
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.FILING)
  public FilingView examine(
      @AuditResourceId String entryNumber,
      ExaminationDecision decision,
      String grounds,
      Integer correctionTermDays) {
    ExaminationOutcome outcome = ExaminationOutcome.of(decision, grounds, correctionTermDays);
    Filing filing = find(entryNumber);
    String registrar = caller.name();
    Instant at = now();
    filing.startExamination(registrar, at);
    if (outcome instanceof ExaminationOutcome.Inscription) {
      writeInscription(filing, registrar, at);
    }
    filing.resolve(outcome, registrar, at, calendars.around(RegistryTime.local(at).toLocalDate()));
    return views.of(filing);
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR})
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.FILING)
  public FilingView withdraw(@AuditResourceId String entryNumber, String reason) {
    Filing filing = find(entryNumber);
    filing.withdraw(reason, caller.name(), now());
    return views.of(filing);
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR})
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.FILING)
  public FilingView correct(@AuditResourceId String entryNumber, String note) {
    Filing filing = find(entryNumber);
    Instant at = now();
    filing.correct(note, caller.name(), RegistryTime.local(at).toLocalDate(), at);
    return views.of(filing);
  }

  /**
   * What an inscription writes before the filing is inscribed: its entries on every folio and, for
   * a certificate filing, a certificate of each. Refused while prelación holds it back.
   */
  private void writeInscription(Filing filing, String registrar, Instant at) {
    List<Filing> earlier =
        Prelacion.earlierPending(filing, filings.pendingOn(filing.folioNumbers()));
    if (!earlier.isEmpty()) {
      String detail =
          AccessEvent.PRIORITY_SKIP_DETAIL
              + "se intentó inscribir "
              + filing.entryNumber()
              + " con solicitudes anteriores pendientes "
              + String.join(", ", earlier.stream().map(f -> f.entryNumber().toString()).toList())
              + " sobre "
              + String.join(", ", filing.folioNumbers());
      anomalies.record(
          caller.actor(),
          AccessAction.UPDATE,
          ResourceType.FILING,
          filing.entryNumber().toString(),
          detail);
      throw Prelacion.refusal(filing, earlier);
    }
    EntryDraft draft = filing.entryDraft();
    if (draft != null) {
      // folios in a fixed order, so two inscriptions never wait on each other's locks
      for (String number : filing.folioNumbers().stream().sorted().toList()) {
        Folio folio =
            folios
                .findForUpdate(FolioNumber.parse(number))
                .orElseThrow(() -> new ResourceNotFoundException("no existe el folio " + number));
        try {
          RegistryEntry entry = folio.sign(draft, filing.entryNumber().toString(), registrar, at);
          folios.store(entry);
        } catch (IllegalArgumentException e) {
          throw new ConflictException(
              "acto-improcedente", "Folio " + number + ": " + e.getMessage());
        }
      }
    }
    if (filing.procedureType().issuesCertificates()) {
      // a certificate of each folio as it stands at the resolution's instant
      for (String number : filing.folioNumbers().stream().sorted().toList()) {
        Folio folio =
            folios
                .find(FolioNumber.parse(number))
                .orElseThrow(() -> new ResourceNotFoundException("no existe el folio " + number));
        certificates.issue(folio, filing.entryNumber().toString(), at);
      }
    }
  }

  private Filing find(String entryNumber) {
    Violations violations = new Violations();
    EntryNumber number = violations.parse("entryNumber", entryNumber, EntryNumber::parse);
    violations.throwIfAny();
    offices.require(number.office(), "la solicitud " + number);
    return filings
        .findByEntryNumber(number)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la solicitud " + number));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
