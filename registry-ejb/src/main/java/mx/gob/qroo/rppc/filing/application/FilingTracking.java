package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.shared.application.PublicLookups;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

/**
 * Seguimiento ciudadano: the status of a procedure by its tracking code, for anyone. A malformed
 * and an unknown code get the same answer, so the answer tells nothing about which codes exist.
 */
@Stateless
@PermitAll
public class FilingTracking {

  static final String NOT_FOUND = "No encontramos un trámite con ese código de seguimiento.";

  @Inject FilingRepository filings;
  @Inject FilingViews views;
  @Inject PublicLookups lookups;

  /**
   * The status of the procedure with this code. A malformed code is looked up too, as a code that
   * is never issued: same query, same time, same answer as an unknown one. Each call spends one
   * lookup of the client's budget, whichever page or API address it came through.
   */
  public PublicFilingStatus status(String trackingCode) {
    lookups.spend();
    TrackingCode code;
    try {
      code = TrackingCode.parse(trackingCode);
    } catch (IllegalArgumentException malformed) {
      code = TrackingCode.NEVER_ISSUED;
    }
    return filings
        .findByTrackingCode(code)
        .map(filing -> PublicFilingStatus.of(filing, views.termState(filing)))
        .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
  }
}
