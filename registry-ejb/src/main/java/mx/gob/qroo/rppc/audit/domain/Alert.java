package mx.gob.qroo.rppc.audit.domain;

import java.time.Instant;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * An anomaly found in the access log: the rule, the staff member, what it is about (a resource and
 * day, an hour, a filing), when it was first found, how many events make it up and its status.
 */
public record Alert(
    long id,
    AnomalyRule rule,
    String actor,
    String scope,
    String summary,
    Instant detectedAt,
    long events,
    AlertStatus status)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(id);
  }
}
