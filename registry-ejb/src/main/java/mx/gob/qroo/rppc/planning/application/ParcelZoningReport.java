package mx.gob.qroo.rppc.planning.application;

import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.planning.domain.ParcelZoning;

/**
 * A parcel's zoning report: what the plans in force say about it, and each folio that covers it
 * with its pending filings and its state (holders, encumbrances, notices; without natural persons'
 * data for planners).
 */
public record ParcelZoningReport(ParcelZoning zoning, List<CoveringFolio> folios)
    implements AuditedResource {

  @Override
  public String auditResourceId() {
    return zoning.cadastralKey();
  }

  /** A folio that covers the parcel. */
  public record CoveringFolio(String folioNumber, int pendingFilings, FolioView state) {}
}
