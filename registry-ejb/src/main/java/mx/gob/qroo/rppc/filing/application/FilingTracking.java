package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
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

  public PublicFilingStatus status(String trackingCode) {
    TrackingCode code;
    try {
      code = TrackingCode.parse(trackingCode);
    } catch (IllegalArgumentException malformed) {
      throw new ResourceNotFoundException(NOT_FOUND);
    }
    return filings
        .findByTrackingCode(code)
        .map(PublicFilingStatus::of)
        .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
  }
}
