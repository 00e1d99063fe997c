package mx.gob.qroo.rppc.folio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.CallerIdentity;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.Justification;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioFilings;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.folio.domain.FolioSearch;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Reading folios: their state as of an instant, and searches. Planners see no personal data. */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN, Role.PLANEADOR})
public class FolioQueries {

  static final int MAX_LISTED = 100;

  @Inject FolioRepository folios;
  @Inject FolioFilings filings;
  @Inject CallerIdentity caller;
  @Inject Clock clock;
  @Inject OfficeScope offices;
  @Inject RequestOrigin origin;

  @Audited(action = AccessAction.READ, resource = ResourceType.FOLIO)
  public FolioView state(@AuditResourceId String folioNumber, String asOf) {
    Violations violations = new Violations();
    FolioNumber number = violations.parse("folioNumber", folioNumber, FolioNumber::parse);
    Instant instant =
        asOf == null || asOf.isBlank()
            ? clock.instant()
            : violations.parse("asOf", asOf, FolioQueries::instant);
    violations.throwIfAny();
    requireReach(number);
    Folio folio =
        folios
            .find(number)
            .orElseThrow(() -> new ResourceNotFoundException("no existe el folio " + number));
    return FolioView.of(folio, folio.stateAsOf(instant), redacted());
  }

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.FOLIO)
  public List<FolioView> search(FolioSearch criteria, int limit) {
    if (criteria.isEmpty()) {
      Violations violations = new Violations();
      violations.add("q", "indique clave catastral, CURP/RFC del titular o denominación");
      violations.throwIfAny();
    }
    boolean redacted = redacted();
    if (redacted && criteria.holderId() != null && !criteria.holderId().isBlank()) {
      // searching by a person's identifier is itself a look-up of personal data
      Violations violations = new Violations();
      violations.add("holder", "su rol no permite buscar por titular");
      violations.throwIfAny();
    }
    Instant now = clock.instant();
    return folios
        .search(criteria, offices.offices(), Math.max(1, Math.min(limit, MAX_LISTED)))
        .stream()
        .map(f -> FolioView.of(f, f.stateAsOf(now), redacted))
        .toList();
  }

  /**
   * A folio of an office the caller does not work in is read only on the entry number of a filing
   * of theirs that names it; the read is then allowed and flagged, and otherwise refused.
   */
  private void requireReach(FolioNumber number) {
    if (offices.covers(number.office())) {
      return;
    }
    String justification = Justification.canonicalOrNone(origin.justification());
    EntryNumber filing = entryNumberOrNull(justification);
    if (filing != null && offices.covers(filing.office()) && filings.namesFolio(filing, number)) {
      offices.allowCrossing(number.office(), "el folio " + number, justification);
      return;
    }
    offices.require(number.office(), "el folio " + number);
  }

  private static EntryNumber entryNumberOrNull(String justification) {
    try {
      return justification == null ? null : EntryNumber.parse(justification);
    } catch (IllegalArgumentException aReasonCode) {
      return null;
    }
  }

  private boolean redacted() {
    return caller.isOnly(Role.PLANEADOR);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(text.trim()).toInstant();
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException(
            "instante inválido; use ISO-8601, p. ej. 2026-03-01T12:00:00-05:00");
      }
    }
  }
}
