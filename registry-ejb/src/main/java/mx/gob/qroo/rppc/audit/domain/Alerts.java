package mx.gob.qroo.rppc.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The anomaly rules' findings and their review. */
public interface Alerts {

  /** What a run of the rules read and found. */
  record DetectionRun(long throughLeaf, Instant throughResolved, int newAlerts) {}

  /**
   * Runs every rule over the events that entered the log's tree since the last run and the filings
   * resolved since then (up to {@code resolvedBefore}); empty when another node is running them.
   */
  Optional<DetectionRun> detect(Instant now, Instant resolvedBefore);

  /** Alerts matching the query, newest first. */
  List<Alert> find(AlertQuery query, int offset, int limit);

  long count(AlertQuery query);

  Optional<Alert> find(long id);

  List<AlertReview> reviews(long alertId);

  /** The events behind an alert, oldest first. */
  List<LoggedEvent> events(long alertId, int limit);

  void review(long alertId, AlertStatus status, String auditor, Instant at, String note);
}
