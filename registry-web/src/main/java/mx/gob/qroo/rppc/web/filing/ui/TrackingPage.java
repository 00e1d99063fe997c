package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.qroo.rppc.filing.application.FilingTracking;
import mx.gob.qroo.rppc.filing.application.PublicFilingStatus;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;

/**
 * The citizen's page: a plain GET form (works without JavaScript) whose {@code codigo} parameter is
 * looked up when present.
 */
@Named
@RequestScoped
public class TrackingPage {

  @Inject FilingTracking tracking;

  private String code;
  private PublicFilingStatus result;
  private String message;

  public void lookUp() {
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      result = tracking.status(code);
    } catch (ResourceNotFoundException e) {
      message = e.getMessage() + " Revise que lo haya escrito como aparece en su comprobante.";
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public PublicFilingStatus getResult() {
    return result;
  }

  public String getMessage() {
    return message;
  }

  public String getReceivedAt() {
    return result == null ? null : DisplayTimes.of(result.receivedAt());
  }
}
