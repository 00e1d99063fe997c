package mx.gob.qroo.rppc.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One staff access about to be logged: who, when, from where, what, on which resource, why, with
 * which outcome. {@code AccessLog} appends it; once stored it is read back as a {@link
 * LoggedEvent}, with its id and canonical bytes.
 */
public class AccessEvent {

  public static final String SUCCESS = "SUCCESS";
  public static final String ANOMALY = "ANOMALY";
  public static final String REPLAY = "REPLAY";

  /** Refused because the caller's roles (or offices) do not allow it. */
  public static final String DENIED = "DENIED";

  /** Allowed beyond the caller's offices on a justification the rules accept; flagged. */
  public static final String CROSS_OFFICE = "CROSS_OFFICE";

  /**
   * How a detail starts when a read was refused for the office (the cross-office rule finds its
   * refusals by it).
   */
  public static final String OUTSIDE_OFFICE_DETAIL = "Fuera de su oficina: ";

  /** How the detail of an attempt to inscribe ahead of earlier pending filings starts. */
  public static final String PRIORITY_SKIP_DETAIL = "Prelación: ";

  /** How the detail of an attempt to take a filing turned to someone else starts. */
  public static final String REASSIGNMENT_DETAIL = "Reasignación: ";

  /** Asked for a resource that does not exist. */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** Refused as the caller's error: a malformed request, a file of no accepted format. */
  public static final String REJECTED = "REJECTED";

  /** Refused by the registry's state (prelación, an illegal change of status). */
  public static final String CONFLICT = "CONFLICT";

  private Instant occurredAt;
  private String actor;
  private String actorSubject;
  private String roles;
  private String clientAddress;
  private AccessAction action;
  private ResourceType resourceType;
  private String resourceId;
  private String outcome;
  private String requestId;
  private String detail;
  private String justification;

  public AccessEvent(
      Instant occurredAt,
      Actor actor,
      String clientAddress,
      AccessAction action,
      ResourceType resourceType,
      String resourceId,
      String requestId) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor").name();
    this.actorSubject = actor.subject();
    this.roles = String.join(",", actor.roles());
    this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
    this.action = Objects.requireNonNull(action, "action");
    this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
    this.resourceId = resourceId;
    this.outcome = SUCCESS;
    this.requestId = Objects.requireNonNull(requestId, "requestId");
  }

  /** The same access with another outcome (SUCCESS, REPLAY…). */
  public AccessEvent withOutcome(String newOutcome) {
    this.outcome = Objects.requireNonNull(newOutcome, "outcome");
    return this;
  }

  /** An attempt that broke a rule the log must surface (skipping the prelación order, say). */
  public static AccessEvent anomaly(
      Instant occurredAt,
      Actor actor,
      String clientAddress,
      AccessAction action,
      ResourceType resourceType,
      String resourceId,
      String requestId,
      String detail) {
    AccessEvent event =
        new AccessEvent(
            occurredAt, actor, clientAddress, action, resourceType, resourceId, requestId);
    event.outcome = ANOMALY;
    event.detail = Objects.requireNonNull(detail, "detail");
    return event;
  }

  /**
   * The same access with its justification: an entry number or a reason code ({@link
   * Justification}); anything else is refused.
   */
  public AccessEvent justifiedBy(String text) {
    this.justification = Justification.canonical(text);
    return this;
  }

  public String justification() {
    return justification;
  }

  /** The same access with what the log must say about it (why it was refused, say). */
  public AccessEvent withDetail(String text) {
    this.detail = Objects.requireNonNull(text, "detail");
    return this;
  }

  public String outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  /** The caller's Keycloak subject (the token's {@code sub}); null for work started inside. */
  public String actorSubject() {
    return actorSubject;
  }

  public String roles() {
    return roles;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public AccessAction action() {
    return action;
  }

  public ResourceType resourceType() {
    return resourceType;
  }

  public String resourceId() {
    return resourceId;
  }

  public String requestId() {
    return requestId;
  }
}
