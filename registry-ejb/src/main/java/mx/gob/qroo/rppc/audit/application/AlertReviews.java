package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.Alert;
import mx.gob.qroo.rppc.audit.domain.AlertQuery;
import mx.gob.qroo.rppc.audit.domain.AlertReview;
import mx.gob.qroo.rppc.audit.domain.AlertStatus;
import mx.gob.qroo.rppc.audit.domain.Alerts;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.SearchAnswer;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * The auditors' alerts queue: what the anomaly rules found, the events behind each alert, and its
 * review (open, explained, escalated) with the auditor's note. Every query and every review is
 * itself an access event; a review's note goes into the event, so it is in the tamper-evident log.
 */
@Stateless
@RolesAllowed(Role.AUDITOR)
public class AlertReviews {

  /** How many events an alert's page shows. */
  public static final int EVENTS_SHOWN = 500;

  /** A page of the queue. */
  public record Page(List<Alert> alerts, long total, int offset)
      implements AuditedResource, SearchAnswer {
    @Override
    public List<?> items() {
      return alerts;
    }

    @Override
    public String auditResourceId() {
      return "alertas " + offset + ".." + (offset + alerts.size()) + " de " + total;
    }
  }

  /** An alert with its review history and the events behind it (the first EVENTS_SHOWN). */
  public record Detail(Alert alert, List<AlertReview> reviews, List<LoggedEvent> events)
      implements AuditedResource {
    @Override
    public String auditResourceId() {
      return Long.toString(alert.id());
    }
  }

  /** A review just recorded. */
  public record Reviewed(long alertId, AlertStatus status, String note) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return Long.toString(alertId);
    }

    @Override
    public String auditDetail() {
      return status.name() + ": " + note;
    }
  }

  /** A run of the rules asked for by an auditor. */
  public record Detection(long throughLeaf, int newAlerts) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return "reglas hasta la hoja " + throughLeaf;
    }
  }

  @Inject Alerts alerts;
  @Inject AnomalyDetector detector;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.ALERT)
  public Page queue(AlertQuery query, int offset, int limit) {
    Violations.requirePage(offset, limit, 500);
    return new Page(alerts.find(query, offset, limit), alerts.count(query), offset);
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.ALERT)
  public Detail alert(long id) {
    Alert alert =
        alerts
            .find(id)
            .orElseThrow(() -> new ResourceNotFoundException("No existe la alerta " + id + "."));
    return new Detail(alert, alerts.reviews(id), alerts.events(id, EVENTS_SHOWN));
  }

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.ALERT)
  public Reviewed review(long id, String status, String note) {
    Violations violations = new Violations();
    AlertStatus next = violations.parse("status", status, AlertStatus::parse);
    String text = violations.require("note", note, 4000);
    violations.throwIfAny();
    if (alerts.find(id).isEmpty()) {
      throw new ResourceNotFoundException("No existe la alerta " + id + ".");
    }
    alerts.review(id, next, caller.name(), clock.instant(), text);
    return new Reviewed(id, next, text);
  }

  @Audited(action = AccessAction.CREATE, resource = ResourceType.ALERT)
  public Detection detectNow() {
    Optional<Alerts.DetectionRun> run = detector.detect();
    return run.map(r -> new Detection(r.throughLeaf(), r.newAlerts())).orElse(new Detection(-1, 0));
  }
}
