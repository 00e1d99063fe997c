package mx.gob.qroo.rppc.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.CadastralKey;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.folio.application.FolioQueries;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReport.CoveringFolio;
import mx.gob.qroo.rppc.planning.domain.LandUsePlans;
import mx.gob.qroo.rppc.planning.domain.ParcelZoning;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Registry staff and planners read a parcel's zoning report. The folio states come through {@link
 * FolioQueries}, which logs each folio read and hides personal data from planners.
 */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN, Role.PLANEADOR})
public class ParcelZoningReports {

  @Inject LandUsePlans plans;
  @Inject FolioQueries folios;
  @Inject FilingRepository filings;
  @Inject Clock clock;

  /** The report on {@code day} (today in Quintana Roo when null). */
  @Audited(action = AccessAction.READ, resource = ResourceType.PARCEL)
  public ParcelZoningReport report(String cadastralKey, LocalDate day) {
    Violations violations = new Violations();
    CadastralKey parcel = violations.parse("cadastralKey", cadastralKey, CadastralKey::of);
    violations.throwIfAny();
    String key = parcel.value();
    LocalDate on = day != null ? day : RegistryTime.local(clock.instant()).toLocalDate();
    ParcelZoning zoning =
        plans
            .parcelZoning(key, on)
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "no existe el predio con clave catastral " + key));
    List<CoveringFolio> covering =
        zoning.folioNumbers().stream()
            .map(
                n ->
                    new CoveringFolio(
                        n, filings.pendingOn(List.of(n)).size(), folios.state(n, null)))
            .toList();
    return new ParcelZoningReport(zoning, covering);
  }
}
