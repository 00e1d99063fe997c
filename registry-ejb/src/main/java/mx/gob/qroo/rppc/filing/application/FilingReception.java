package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.filing.domain.Applicant;
import mx.gob.qroo.rppc.filing.domain.EntryNumberIssuer;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.ProcedureTypeCatalogue;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Recepción: validates what the clerk captured and, in one transaction, takes the next entry
 * number, stores the filing and logs the access. Anything wrong and nothing is stored.
 */
@Stateless
public class FilingReception {

  @Inject ProcedureTypeCatalogue catalogue;
  @Inject EntryNumberIssuer entryNumbers;
  @Inject FilingRepository filings;
  @Inject Clock clock;

  @RolesAllowed(Role.CAPTURISTA)
  @Audited(action = AccessAction.CREATE, resource = ResourceType.FILING)
  public ReceivedFiling receive(ReceptionCommand command) {
    Violations violations = new Violations();
    Office office = violations.parse("office", command.office(), Office::fromCode);
    ProcedureType procedureType =
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
    violations.throwIfAny();

    // PostgreSQL keeps microseconds; milliseconds make the receipt and the record agree exactly.
    Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    EntryNumber entryNumber = entryNumbers.next(office, RegistryTime.yearOf(receivedAt));
    Filing filing =
        Filing.receive(
            entryNumber,
            TrackingCode.random(),
            procedureType,
            new Applicant(name, curp),
            receivedAt);
    filings.store(filing);
    return ReceivedFiling.of(filing);
  }
}
