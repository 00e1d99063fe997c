package mx.gob.qroo.rppc.web.audit.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AlertReviews;
import mx.gob.qroo.rppc.audit.domain.Alert;
import mx.gob.qroo.rppc.audit.domain.AlertQuery;
import mx.gob.qroo.rppc.audit.domain.AlertStatus;
import mx.gob.qroo.rppc.audit.domain.AnomalyRule;
import mx.gob.qroo.rppc.web.filing.ui.DisplayTimes;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/** The alerts queue: by status (open first by default) and rule, newest first. */
@Named
@RequestScoped
public class AlertsPage {

  static final int PAGE = 50;

  @Inject AlertReviews reviews;

  private String status = AlertStatus.OPEN.name();
  private String rule;
  private String actor;
  private int offset;
  private AlertReviews.Page page;

  public void load() {
    AlertQuery query =
        new AlertQuery(
            status == null || status.isBlank() ? null : AlertStatus.parse(status),
            rule == null || rule.isBlank() ? null : AnomalyRule.valueOf(rule),
            actor == null || actor.isBlank() ? null : actor.trim());
    page = Messages.attempt(() -> reviews.queue(query, Math.max(0, offset), PAGE));
  }

  /** Runs the rules now (they also run every minute) and shows the queue again. */
  public String detectNow() {
    AlertReviews.Detection run = Messages.attempt(() -> reviews.detectNow());
    if (run != null) {
      Messages.info(
          run.throughLeaf() < 0
              ? "Las reglas se están ejecutando en otro nodo; intente en un minuto."
              : "Reglas ejecutadas: " + run.newAlerts() + " alertas nuevas.");
    }
    load();
    return null;
  }

  public String detectedAt(Alert alert) {
    return DisplayTimes.of(alert.detectedAt());
  }

  public List<AlertStatus> getStatuses() {
    return List.of(AlertStatus.values());
  }

  public List<AnomalyRule> getRules() {
    return List.of(AnomalyRule.values());
  }

  public AlertReviews.Page getPage() {
    return page;
  }

  public boolean hasNext() {
    return page != null && offset + page.alerts().size() < page.total();
  }

  public int getNextOffset() {
    return offset + PAGE;
  }

  public int getPreviousOffset() {
    return Math.max(0, offset - PAGE);
  }

  public int getOffset() {
    return offset;
  }

  public void setOffset(int offset) {
    this.offset = offset;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getRule() {
    return rule;
  }

  public void setRule(String rule) {
    this.rule = rule;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }
}
