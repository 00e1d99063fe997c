package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import mx.gob.qroo.rppc.certificate.domain.PendingFiling;
import mx.gob.qroo.rppc.filing.domain.ExaminationDecision;
import mx.gob.qroo.rppc.filing.domain.ExaminationOutcome;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.filing.domain.Prelacion;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.EntrySignature;
import mx.gob.qroo.rppc.folio.domain.EntryStatement;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.folio.domain.InscriptionStatement;
import mx.gob.qroo.rppc.shared.application.BusinessCalendars;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.PreconditionRequiredException;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.signing.application.StaffSignatures;
import mx.gob.qroo.rppc.signing.domain.StaffSignature;

/**
 * Calificación registral: assignment to a registrar, examination with its three outcomes, and the
 * applicant's withdrawal or correction. Inscription signs the entries on every folio of the filing
 * (for a certificate filing: issues a signed lien certificate of each folio), and is refused while
 * an earlier filing on any of those folios is pending (prelación); the refusal is recorded as an
 * anomaly in the access log. An inscription that writes entries is made with the registrar's
 * e.firma signature of exactly what they state ({@link #statementToSign}), verified before anything
 * is stored.
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
  @Inject StaffSignatures signatures;

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

  /**
   * The bytes the registrar the filing is turned to signs to inscribe it, and the entries they
   * state: the filing's act on each of its folios as it would be written now. Refused, like the
   * inscription itself, while prelación holds it back; empty for a filing that writes no entry.
   */
  @RolesAllowed(Role.REGISTRADOR)
  @Audited(action = AccessAction.READ, resource = ResourceType.FILING)
  public StatementToSign statementToSign(@AuditResourceId String entryNumber) {
    Filing filing = find(entryNumber);
    String registrar = caller.name();
    filing.requireExaminableBy(registrar);
    // asking what to sign is no attempt to inscribe: refused the same, but no anomaly
    requireNoEarlierPending(filing, false);
    EntryDraft draft = filing.entryDraft();
    if (draft == null) {
      return new StatementToSign(new byte[0], List.of());
    }
    List<EntryStatement> entries = new ArrayList<>();
    for (String number : sortedFolios(filing)) {
      Folio folio = folio(number, false);
      entries.add(statementOf(folio, draft, filing, now()));
    }
    byte[] bytes =
        new InscriptionStatement(filing.entryNumber().toString(), registrar, entries).bytes();
    return new StatementToSign(bytes, entries);
  }

  @RolesAllowed(Role.REGISTRADOR)
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.FILING)
  public FilingView examine(
      @AuditResourceId String entryNumber,
      ExaminationDecision decision,
      String grounds,
      Integer correctionTermDays,
      InscriptionSignature signature) {
    ExaminationOutcome outcome = ExaminationOutcome.of(decision, grounds, correctionTermDays);
    Filing filing = find(entryNumber);
    String registrar = caller.name();
    Instant at = now();
    filing.startExamination(registrar, at);
    if (outcome instanceof ExaminationOutcome.Inscription) {
      writeInscription(filing, registrar, at, signature);
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
   * What an inscription writes before the filing is inscribed: its entries on every folio, under
   * the registrar's verified signature of their statement, and, for a certificate filing, a
   * certificate of each folio. Refused while prelación holds it back.
   */
  private void writeInscription(
      Filing filing, String registrar, Instant at, InscriptionSignature submitted) {
    requireNoEarlierPending(filing, true);
    EntryDraft draft = filing.entryDraft();
    if (draft != null) {
      // folios in a fixed order, so two inscriptions never wait on each other's locks
      List<Folio> locked = sortedFolios(filing).stream().map(n -> folio(n, true)).toList();
      List<EntryStatement> statements =
          locked.stream().map(f -> statementOf(f, draft, filing, at)).toList();
      String entryNumber = filing.entryNumber().toString();
      byte[] bytes = new InscriptionStatement(entryNumber, registrar, statements).bytes();
      if (submitted == null) {
        throw new PreconditionRequiredException(
            "firma-requerida",
            "la inscripción de "
                + entryNumber
                + " escribe asientos: fírmela con su e.firma (pida antes lo que se firma en"
                + " /api/filings/"
                + entryNumber
                + "/examination/to-be-signed)");
      }
      StaffSignature verified =
          signatures.verify(registrar, bytes, submitted.certificate(), submitted.value(), at);
      EntrySignature signature =
          new EntrySignature(
              entryNumber,
              registrar,
              verified.signer().name(),
              verified.signer().curp(),
              verified.certificateSerial(),
              bytes,
              verified.value(),
              verified.certificate(),
              verified.checkedAt());
      folios.store(signature);
      for (Folio folio : locked) {
        folios.store(folio.sign(draft, entryNumber, registrar, at, signature));
      }
    }
    if (filing.procedureType().issuesCertificates()) {
      // a certificate of each folio as it stands at the resolution's instant, with the filings
      // pending on it, which prelación does not let hold the request back
      List<Filing> reported =
          Prelacion.reportedBy(filing, filings.pendingOn(filing.folioNumbers()));
      for (String number : sortedFolios(filing)) {
        List<PendingFiling> pending =
            reported.stream()
                .filter(p -> p.folioNumbers().contains(number))
                .map(
                    p ->
                        new PendingFiling(
                            p.entryNumber().toString(), p.procedureType().name(), p.priorityAt()))
                .toList();
        certificates.issue(folio(number, false), filing.entryNumber().toString(), at, pending);
      }
    }
  }

  private void requireNoEarlierPending(Filing filing, boolean attempted) {
    List<Filing> earlier =
        Prelacion.earlierPending(filing, filings.pendingOn(filing.folioNumbers()));
    if (earlier.isEmpty()) {
      return;
    }
    if (!attempted) {
      throw Prelacion.refusal(filing, earlier);
    }
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

  private static EntryStatement statementOf(
      Folio folio, EntryDraft draft, Filing filing, Instant at) {
    try {
      return folio.statementOf(draft, filing.entryNumber().toString(), at);
    } catch (IllegalArgumentException e) {
      throw new ConflictException(
          "acto-improcedente", "Folio " + folio.number() + ": " + e.getMessage());
    }
  }

  private static List<String> sortedFolios(Filing filing) {
    return filing.folioNumbers().stream().sorted().toList();
  }

  private Folio folio(String number, boolean forUpdate) {
    FolioNumber parsed = FolioNumber.parse(number);
    return (forUpdate ? folios.findForUpdate(parsed) : folios.find(parsed))
        .orElseThrow(() -> new ResourceNotFoundException("no existe el folio " + number));
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
