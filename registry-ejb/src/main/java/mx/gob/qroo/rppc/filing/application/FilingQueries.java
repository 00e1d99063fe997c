package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Staff reads of filings; each one is an access event. Planners have no business here. */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
public class FilingQueries {

  static final int MAX_LISTED = 200;

  @Inject FilingRepository filings;

  @Audited(action = AccessAction.READ, resource = ResourceType.FILING)
  public FilingDetails byEntryNumber(@AuditResourceId String entryNumber) {
    Violations violations = new Violations();
    EntryNumber number = violations.parse("entryNumber", entryNumber, EntryNumber::parse);
    violations.throwIfAny();
    return filings
        .findByEntryNumber(number)
        .map(FilingDetails::of)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la solicitud " + number));
  }

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.FILING)
  public List<FilingDetails> latest(int limit) {
    return filings.latest(Math.max(1, Math.min(limit, MAX_LISTED))).stream()
        .map(FilingDetails::of)
        .toList();
  }
}
