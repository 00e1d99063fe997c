package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.BusinessCalendar;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

/**
 * Solicitud: a request presented at the registry. Its entry number and priority instant decide its
 * place in the prelación of its folios; its status moves only along the legal transitions, each
 * recorded with actor, instant and reason.
 */
@Entity
@Table(name = "filing", schema = "filing")
public class Filing {

  public static final String SYSTEM_ACTOR = "sistema";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private EntryNumber entryNumber;

  @Convert(converter = TrackingCodeConverter.class)
  @Column(name = "tracking_code", nullable = false, unique = true, length = 19)
  private TrackingCode trackingCode;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "procedure_type", nullable = false)
  private ProcedureType procedureType;

  @Embedded private Applicant applicant;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private FilingStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "priority_at", nullable = false, updatable = false)
  private Instant priorityAt;

  @Column(name = "term_business_days", nullable = false, updatable = false)
  private int termBusinessDays;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "assigned_to")
  private String assignedTo;

  @Column(name = "requirement")
  private String requirement;

  @Column(name = "correction_due_date")
  private LocalDate correctionDueDate;

  @Embedded private Act act;

  @ElementCollection
  @CollectionTable(
      schema = "filing",
      name = "act_holder",
      joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "position")
  private List<Holder> actHolders = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      schema = "filing",
      name = "filing_folio",
      joinColumns = @JoinColumn(name = "filing_id"))
  @Column(name = "folio_number", length = 24)
  private Set<String> folioNumbers = new LinkedHashSet<>();

  @Column(name = "pages", nullable = false, updatable = false)
  private int pages;

  @Column(name = "fee_uma", updatable = false)
  private BigDecimal feeUma;

  @Column(name = "fee_mxn", updatable = false)
  private BigDecimal feeMxn;

  @Column(name = "fee_explanation", updatable = false)
  private String feeExplanation;

  /** What the term's due date assumed (a year of holidays not loaded), or null. */
  @Column(name = "term_note", updatable = false)
  private String termNote;

  @Column(name = "idempotency_key", updatable = false, length = 100)
  private String idempotencyKey;

  @Column(name = "request_digest", updatable = false, length = 64)
  private String requestDigest;

  @ElementCollection
  @CollectionTable(
      schema = "filing",
      name = "filing_transition",
      joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "position")
  private List<FilingTransition> transitions = new ArrayList<>();

  @Version private long version;

  protected Filing() {}

  /** Reception: the filing exists from here on with its number, code, instant and priority. */
  public static Filing receive(Reception r, String clerk) {
    Filing filing = new Filing();
    filing.entryNumber = r.entryNumber();
    filing.trackingCode = r.trackingCode();
    filing.procedureType = r.procedureType();
    filing.applicant = r.applicant();
    filing.receivedAt = r.receivedAt();
    filing.priorityAt = r.priorityAt();
    filing.termBusinessDays = r.termBusinessDays();
    filing.dueDate = r.dueDate();
    filing.act = r.act();
    filing.actHolders = new ArrayList<>(r.actHolders());
    filing.folioNumbers = new LinkedHashSet<>(r.folioNumbers());
    filing.pages = r.pages();
    filing.feeUma = r.fee().uma();
    filing.feeMxn = r.fee().amountMxn();
    filing.feeExplanation = r.fee().explanation();
    filing.idempotencyKey = r.idempotencyKey();
    filing.requestDigest = r.requestDigest();
    filing.termNote = r.termNote();
    filing.status = FilingStatus.RECEIVED;
    filing.transitions.add(
        new FilingTransition(null, FilingStatus.RECEIVED, clerk, r.receivedAt(), "Recepción"));
    return filing;
  }

  public void assignTo(String registrar, String actor, Instant at) {
    require(registrar, "registrar", "el registrador asignado");
    move(FilingStatus.ASSIGNED, actor, at, "Turnado a " + registrar);
    assignedTo = registrar;
  }

  /** The assigned registrar opens the examination; anyone else is refused. */
  public void startExamination(String registrar, Instant at) {
    requireExaminableBy(registrar);
    if (status == FilingStatus.ASSIGNED) {
      move(FilingStatus.IN_EXAMINATION, registrar, at, "Inicia calificación");
    }
  }

  /** Refuses a registrar who may not examine this filing now: only the one it is turned to. */
  public void requireExaminableBy(String registrar) {
    if (status == FilingStatus.IN_EXAMINATION && registrar.equals(assignedTo)) {
      return;
    }
    if (status != FilingStatus.ASSIGNED) {
      // a suspended filing goes back to examination only through the applicant's correction
      throw new ConflictException(
          "transicion-invalida",
          "una solicitud en estado "
              + status.citizenLabel().toLowerCase()
              + " no puede calificarse ahora");
    }
    if (!registrar.equals(assignedTo)) {
      throw new ConflictException(
          "asignada-a-otro", "la solicitud " + entryNumber + " está turnada a " + assignedTo);
    }
  }

  /**
   * Ends the examination with the registrar's outcome, recorded with who, when and why. An
   * inscription's entries are signed on its folios by the caller first.
   */
  public void resolve(
      ExaminationOutcome outcome, String registrar, Instant at, BusinessCalendar calendar) {
    if (outcome instanceof ExaminationOutcome.Inscription inscription) {
      inscribe(registrar, at, inscription.grounds());
    } else if (outcome instanceof ExaminationOutcome.Suspension suspension) {
      LocalDate day = RegistryTime.local(at).toLocalDate();
      suspend(suspension.requirement(), suspension.correctionDue(day, calendar), registrar, at);
    } else if (outcome instanceof ExaminationOutcome.Denial denial) {
      deny(denial.grounds(), registrar, at);
    }
  }

  public void inscribe(String registrar, Instant at, String grounds) {
    requireExaminer(registrar);
    move(
        FilingStatus.INSCRIBED,
        registrar,
        at,
        grounds == null || grounds.isBlank() ? "Inscripción" : grounds);
  }

  /** Suspension: a written requirement and the last day to correct it. */
  public void suspend(
      String requirementText, LocalDate correctionDue, String registrar, Instant at) {
    requireExaminer(registrar);
    require(requirementText, "grounds", "el requerimiento de la suspensión");
    Objects.requireNonNull(correctionDue, "correctionDue");
    move(FilingStatus.SUSPENDED, registrar, at, requirementText);
    requirement = requirementText.trim();
    correctionDueDate = correctionDue;
  }

  public void deny(String legalGrounds, String registrar, Instant at) {
    requireExaminer(registrar);
    require(legalGrounds, "grounds", "el fundamento legal de la denegación");
    move(FilingStatus.DENIED, registrar, at, legalGrounds);
  }

  public void withdraw(String reason, String actor, Instant at) {
    require(reason, "reason", "el motivo del desistimiento");
    move(FilingStatus.WITHDRAWN, actor, at, reason);
  }

  /** The applicant fixed the defect in time: back to the registrar's examination. */
  public void correct(String note, String actor, LocalDate today, Instant at) {
    require(note, "note", "la descripción de la corrección");
    if (status != FilingStatus.SUSPENDED) {
      throw new ConflictException(
          "transicion-invalida", "solo se corrige una solicitud suspendida");
    }
    if (today.isAfter(correctionDueDate)) {
      throw new ConflictException(
          "plazo-vencido", "el plazo de corrección venció el " + correctionDueDate);
    }
    move(FilingStatus.IN_EXAMINATION, actor, at, note);
  }

  /** A suspended filing whose correction term ended without correction lapses. */
  public boolean lapseIfExpired(LocalDate today, Instant at) {
    if (status != FilingStatus.SUSPENDED || !today.isAfter(correctionDueDate)) {
      return false;
    }
    move(
        FilingStatus.LAPSED,
        SYSTEM_ACTOR,
        at,
        "Venció el plazo de corrección (" + correctionDueDate + ")");
    return true;
  }

  private void requireExaminer(String registrar) {
    if (status == FilingStatus.IN_EXAMINATION && !registrar.equals(assignedTo)) {
      throw new ConflictException(
          "asignada-a-otro", "la solicitud " + entryNumber + " la califica " + assignedTo);
    }
  }

  private void move(FilingStatus next, String actor, Instant at, String reason) {
    if (!status.canMoveTo(next)) {
      throw new ConflictException(
          "transicion-invalida",
          "una solicitud en estado "
              + status.citizenLabel().toLowerCase()
              + " no puede pasar a "
              + next.citizenLabel().toLowerCase());
    }
    transitions.add(new FilingTransition(status, next, actor, at, reason));
    status = next;
  }

  /** A reason the law asks for, refused naming the request field that should carry it. */
  private static void require(String value, String field, String what) {
    if (value == null || value.isBlank()) {
      throw InvalidRequestException.of(field, "falta " + what);
    }
  }

  /** What the inscription of this filing writes on each of its folios; null if nothing. */
  public EntryDraft entryDraft() {
    EntryKind kind = procedureType.entryKind();
    if (kind == null) {
      return null;
    }
    return new EntryDraft(kind, actHolders, act().facts(), act().refersToEntry());
  }

  /** Earlier in prelación: by priority instant, then by entry number. */
  public boolean precedes(Filing other) {
    return Prelacion.ORDER.compare(this, other) < 0;
  }

  public EntryNumber entryNumber() {
    return entryNumber;
  }

  public TrackingCode trackingCode() {
    return trackingCode;
  }

  public ProcedureType procedureType() {
    return procedureType;
  }

  public Applicant applicant() {
    return applicant;
  }

  public FilingStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant priorityAt() {
    return priorityAt;
  }

  public int termBusinessDays() {
    return termBusinessDays;
  }

  /** What the due date assumed when it was computed (null when nothing was assumed). */
  public String termNote() {
    return termNote;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String assignedTo() {
    return assignedTo;
  }

  public String requirement() {
    return requirement;
  }

  public LocalDate correctionDueDate() {
    return correctionDueDate;
  }

  public Act act() {
    // an embeddable whose columns are all null comes back from the database as null
    return act == null ? Act.none() : act;
  }

  public List<Holder> actHolders() {
    return List.copyOf(actHolders);
  }

  public List<String> folioNumbers() {
    return List.copyOf(folioNumbers);
  }

  public int pages() {
    return pages;
  }

  public Fee fee() {
    return feeMxn == null ? null : new Fee(feeUma, feeMxn, feeExplanation);
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String requestDigest() {
    return requestDigest;
  }

  public List<FilingTransition> transitions() {
    return List.copyOf(transitions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filing other
        && entryNumber != null
        && entryNumber.equals(other.entryNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(entryNumber);
  }

  /** Stores a tracking code in its canonical grouped form. */
  @Converter
  public static class TrackingCodeConverter implements AttributeConverter<TrackingCode, String> {
    @Override
    public String convertToDatabaseColumn(TrackingCode code) {
      return code == null ? null : code.value();
    }

    @Override
    public TrackingCode convertToEntityAttribute(String value) {
      return value == null ? null : TrackingCode.parse(value);
    }
  }
}
