package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.filing.domain.Act;
import mx.gob.qroo.rppc.filing.domain.Applicant;
import mx.gob.qroo.rppc.filing.domain.EntryNumberIssuer;
import mx.gob.qroo.rppc.filing.domain.Fee;
import mx.gob.qroo.rppc.filing.domain.FeeBasis;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.FeeSchedule;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.filing.domain.PriorityReservation;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.ProcedureTypeCatalogue;
import mx.gob.qroo.rppc.filing.domain.Reception;
import mx.gob.qroo.rppc.filing.domain.Uma;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.party.application.HolderParsing;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.application.BusinessCalendars;
import mx.gob.qroo.rppc.shared.domain.BusinessCalendar;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.LegalTerm;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Recepción: validates what the clerk captured and, in one transaction, fixes the filing's
 * priority, term and fee, takes the next entry number, stores the filing and logs the access.
 * Anything wrong and nothing is stored. A retry with the same idempotency key and body returns the
 * original filing.
 */
@Stateless
public class FilingReception {

  @Inject ProcedureTypeCatalogue catalogue;
  @Inject OfficeScope offices;
  @Inject EntryNumberIssuer entryNumbers;
  @Inject FilingRepository filings;
  @Inject FolioRepository folios;
  @Inject FeeSchedule fees;
  @Inject BusinessCalendars calendars;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** A clerk receives at the counters of their own offices (a malformed code is reported below). */
  private void requireOwnOffice(String code) {
    Office office;
    try {
      office = Office.fromCode(code);
    } catch (IllegalArgumentException malformed) {
      return;
    }
    offices.require(office, "la recepción pedida");
  }

  @RolesAllowed(Role.CAPTURISTA)
  @Audited(action = AccessAction.CREATE, resource = ResourceType.FILING)
  public ReceivedFiling receive(ReceptionCommand command, String idempotencyKey) {
    requireOwnOffice(command.office());
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
    String digest = digest(command);
    if (key != null) {
      if (key.length() > 100) {
        throw new ConflictException(
            "clave-idempotencia", "la clave Idempotency-Key admite 100 caracteres");
      }
      filings.lockIdempotencyKey(key);
      Optional<Filing> earlier = filings.findByIdempotencyKey(key);
      if (earlier.isPresent()) {
        if (!earlier.get().requestDigest().equals(digest)) {
          throw new ConflictException(
              "clave-idempotencia", "la clave Idempotency-Key ya se usó con otra solicitud");
        }
        return ReceivedFiling.replayOf(earlier.get());
      }
    }

    Violations violations = new Violations();
    Office office = violations.parse("office", command.office(), Office::fromCode);
    ProcedureType type =
        violations.parse(
            "procedureType",
            command.procedureType(),
            code ->
                catalogue
                    .find(code.trim().toUpperCase())
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "tipo de trámite desconocido '" + code + "'")));
    String name = violations.require("applicant.name", command.applicantName(), 200);
    Curp curp = violations.parse("applicant.curp", command.applicantCurp(), Curp::of);
    List<Folio> concerned = concernedFolios(command, type, office, violations);
    Act act = ActParsing.act(command.act(), violations);
    List<Holder> holders =
        HolderParsing.holders(
            command.act() == null ? List.of() : command.act().holders(), "act.holders", violations);
    int pages = command.pages() == null ? 1 : command.pages();
    if (pages < 1 || pages > 10_000) {
      violations.add("pages", "el número de páginas va de 1 a 10,000");
    }
    violations.throwIfAny();
    requireActFits(type, act, holders, violations);

    // Everything that reads catalogues and folios happens before the office's turn is taken, so
    // the turn (held until commit) covers only the number, the instant and the inserts.
    Instant provisional = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Optional<Instant> reserved = reservedPriority(provisional, act, concerned);
    // the value of a mortgage, for its fee, is the amount it guarantees
    ActFacts facts = act.facts();
    FeeBasis basis =
        new FeeBasis(pages, facts.valueMxn() != null ? facts.valueMxn() : facts.amountMxn());
    LocalDate day = RegistryTime.local(provisional).toLocalDate();
    Fee fee = fee(type, day, basis, violations);
    violations.throwIfAny();
    BusinessCalendar calendar = calendars.around(day);
    LegalTerm term = LegalTerm.starting(day, type.termBusinessDays(), calendar);
    List<String> folioNumbers = concerned.stream().map(f -> f.number().toString()).toList();

    EntryNumberIssuer.Turn turn =
        entryNumbers.take(office, () -> clock.instant().truncatedTo(ChronoUnit.MILLIS));
    Instant receivedAt = turn.receivedAt();
    if (!RegistryTime.local(receivedAt).toLocalDate().equals(day)) {
      // the turn came after midnight in Quintana Roo: fee and term are those of the new day
      day = RegistryTime.local(receivedAt).toLocalDate();
      fee = fee(type, day, basis, violations);
      violations.throwIfAny();
      calendar = calendars.around(day);
      term = LegalTerm.starting(day, type.termBusinessDays(), calendar);
    }
    Instant priorityAt = reserved.orElse(receivedAt);

    EntryNumber entryNumber = turn.entryNumber();
    Filing filing =
        Filing.receive(
            new Reception(
                entryNumber,
                TrackingCode.random(),
                type,
                new Applicant(name, curp),
                receivedAt,
                priorityAt,
                type.termBusinessDays(),
                term.dueDate(),
                folioNumbers,
                act,
                holders,
                pages,
                fee,
                key,
                digest,
                term.assumption(calendar)),
            caller.name());
    filings.store(filing);
    return ReceivedFiling.of(filing);
  }

  private List<Folio> concernedFolios(
      ReceptionCommand command, ProcedureType type, Office office, Violations violations) {
    List<Folio> found = new ArrayList<>();
    if (type == null) {
      return found;
    }
    if (type.concernsFolios() && command.folios().isEmpty()) {
      violations.add("folios", "este trámite debe indicar al menos un folio");
    }
    FolioKind expected =
        "COMMERCE".equals(type.registryBook()) ? FolioKind.COMMERCE : FolioKind.PROPERTY;
    for (int i = 0; i < command.folios().size(); i++) {
      String field = "folios[" + i + "]";
      FolioNumber number = violations.parse(field, command.folios().get(i), FolioNumber::parse);
      if (number == null) {
        continue;
      }
      Optional<Folio> folio = folios.find(number);
      if (folio.isEmpty()) {
        violations.add(field, "no existe el folio " + number);
      } else if (folio.get().kind() != expected) {
        violations.add(field, "el folio " + number + " no corresponde a este tipo de trámite");
      } else if (office != null && folio.get().office() != office) {
        // each delegación keeps its own folios: a filing is presented where the folio lives
        violations.add(
            field,
            "el folio "
                + number
                + " pertenece a la oficina de "
                + folio.get().office().displayName());
      } else if (found.contains(folio.get())) {
        violations.add(field, "el folio " + number + " está repetido");
      } else {
        found.add(folio.get());
      }
    }
    return found;
  }

  private static void requireActFits(
      ProcedureType type, Act act, List<Holder> holders, Violations violations) {
    if (type.entryKind() == null) {
      return;
    }
    EntryDraft draft = new EntryDraft(type.entryKind(), holders, act.facts(), act.refersToEntry());
    try {
      draft.requireFacts();
    } catch (IllegalArgumentException e) {
      violations.add("act", e.getMessage());
    }
    violations.throwIfAny();
  }

  private Fee fee(ProcedureType type, LocalDate day, FeeBasis basis, Violations violations) {
    Optional<FeeRule> rule = fees.ruleFor(type.code(), day);
    int year = Uma.yearInForceOn(day);
    Optional<Uma> uma = fees.umaFor(year);
    String caveat = "";
    if (uma.isEmpty()) {
      // reception fixes priority and must not wait for the admin to load the new UMA: the last
      // published value is used and the receipt says so
      uma = fees.umaFor(year - 1);
      caveat = " (UMA " + (year - 1) + ": la de " + year + " aún no está cargada)";
    }
    if (rule.isEmpty() || uma.isEmpty()) {
      throw new IllegalStateException(
          "no hay cuota o UMA vigente para " + type.code() + " el " + day);
    }
    try {
      Fee computed = rule.get().compute(basis, uma.get());
      return caveat.isEmpty() ? computed : computed.explainedFurther(caveat);
    } catch (IllegalArgumentException e) {
      violations.add("act.value", e.getMessage());
      return null;
    }
  }

  /** The priority a preventive notice on one of the folios reserved for this act's deed, if any. */
  private Optional<Instant> reservedPriority(Instant at, Act act, List<Folio> concerned) {
    Deed deed = act.facts().deed();
    if (deed == null) {
      return Optional.empty();
    }
    // most folios never had a notice: their entries are not loaded for nothing
    return PriorityReservation.reservedFor(
        deed,
        at,
        folios.withEntriesOf(EntryKind.PREVENTIVE_NOTICE, concerned),
        filings::findByEntryNumber);
  }

  private static String digest(ReceptionCommand command) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(command.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
