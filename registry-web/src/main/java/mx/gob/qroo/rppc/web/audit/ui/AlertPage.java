package mx.gob.qroo.rppc.web.audit.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AlertReviews;
import mx.gob.qroo.rppc.audit.domain.AlertReview;
import mx.gob.qroo.rppc.audit.domain.AlertStatus;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.web.filing.ui.DisplayTimes;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/**
 * One alert: what the rule found and how it decides, the events behind it, its review history and
 * the form to explain or escalate it (the note is required, kept and logged).
 */
@Named
@RequestScoped
public class AlertPage {

  @Inject AlertReviews reviews;

  private long id;
  private AlertReviews.Detail detail;
  private boolean loaded;
  private String status;
  private String note;

  /**
   * Loaded when first asked for, so that a postback finds the review form rendered (and decodes it)
   * before any action runs.
   */
  public AlertReviews.Detail getDetail() {
    if (!loaded && id > 0) {
      loaded = true;
      detail = Messages.attempt(() -> reviews.alert(id));
    }
    return detail;
  }

  public String review() {
    AlertReviews.Reviewed done = Messages.attempt(() -> reviews.review(id, status, note));
    if (done == null) {
      return null;
    }
    Messages.info("Alerta " + id + ": " + done.status().label().toLowerCase() + ".");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "alerta.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public String when(LoggedEvent event) {
    return DisplayTimes.of(event.occurredAt());
  }

  public String when(AlertReview review) {
    return DisplayTimes.of(review.reviewedAt());
  }

  public String detectedAt() {
    return DisplayTimes.of(getDetail().alert().detectedAt());
  }

  public boolean isShowingPart() {
    return getDetail() != null && detail.alert().events() > detail.events().size();
  }

  public List<AlertStatus> getStatuses() {
    return List.of(AlertStatus.values());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
