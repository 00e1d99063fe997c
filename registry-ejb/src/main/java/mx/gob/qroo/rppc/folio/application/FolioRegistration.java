package mx.gob.qroo.rppc.folio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.folio.domain.CommercialFolio;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.domain.FolioNumberIssuer;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.folio.domain.Municipality;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.party.application.HolderParsing;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.Rfc;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Opens a folio with its opening entry (apertura), signed by the registrar: the holders it names
 * are the folio's first state.
 */
@Stateless
public class FolioRegistration {

  @Inject FolioNumberIssuer numbers;
  @Inject OfficeScope offices;
  @Inject FolioRepository folios;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  private static FolioKind kind(String text) {
    for (FolioKind k : FolioKind.values()) {
      if (k.name().equalsIgnoreCase(text.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("tipo de folio desconocido; use PROPERTY o COMMERCE");
  }

  @RolesAllowed(Role.REGISTRADOR)
  @Audited(action = AccessAction.CREATE, resource = ResourceType.FOLIO)
  public FolioView open(FolioCommand command) {
    return open(command, null);
  }

  /**
   * Opens a folio for a property until now recorded in the paper books: its opening entry cites
   * where (the antecedente registral).
   */
  @RolesAllowed(Role.REGISTRADOR)
  @Audited(action = AccessAction.CREATE, resource = ResourceType.FOLIO)
  public FolioView openFromBooks(FolioCommand command, String citation) {
    return open(command, "Antecedente registral: " + citation);
  }

  private FolioView open(FolioCommand command, String openingNote) {
    Violations violations = new Violations();
    FolioKind kind =
        command.kind() == null || command.kind().isBlank()
            ? FolioKind.PROPERTY
            : violations.parse("kind", command.kind(), FolioRegistration::kind);
    Office office = violations.parse("office", command.office(), Office::fromCode);
    List<Holder> holders = HolderParsing.holders(command.holders(), "holders", violations);
    Municipality municipality = null;
    Rfc rfc = null;
    if (kind == FolioKind.PROPERTY) {
      municipality = violations.parse("municipality", command.municipality(), Municipality::of);
      violations.require("cadastralKey", command.cadastralKey(), 40);
      violations.require("address", command.address(), 500);
      if (command.areaM2() == null || command.areaM2().signum() <= 0) {
        violations.add("areaM2", "la superficie en m² debe ser mayor que cero");
      }
    } else if (kind == FolioKind.COMMERCE) {
      violations.require("companyName", command.companyName(), 300);
      violations.require("legalForm", command.legalForm(), 40);
      violations.require("domicile", command.domicile(), 500);
      rfc = violations.parse("rfc", command.rfc(), Rfc::of);
      if (rfc != null && !rfc.isLegalPerson()) {
        violations.add("rfc", "una sociedad tiene un RFC de 12 caracteres");
      }
    }
    violations.throwIfAny();
    // A company may be opened without shareholders: its constitution is then its first entry.
    boolean awaitsConstitution = kind == FolioKind.COMMERCE && holders.isEmpty();
    EntryDraft opening =
        EntryDraft.of(EntryKind.OPENING).withHolders(holders).describedAs(openingNote);
    if (!awaitsConstitution) {
      try {
        opening.requireFacts();
      } catch (IllegalArgumentException e) {
        violations.add("holders", e.getMessage());
      }
    }
    violations.throwIfAny();
    offices.require(office, "el folio pedido");

    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Folio folio =
        kind == FolioKind.PROPERTY
            ? new PropertyFolio(
                numbers.next(office, kind),
                now,
                municipality,
                command.cadastralKey(),
                command.address(),
                command.areaM2())
            : new CommercialFolio(
                numbers.next(office, kind),
                now,
                command.companyName(),
                command.legalForm(),
                rfc,
                command.domicile());
    folios.store(folio);
    if (!awaitsConstitution) {
      folios.store(folio.sign(opening, null, caller.name(), now));
    }
    return FolioView.of(folio, folio.stateAsOf(now), false);
  }
}
