package mx.gob.qroo.rppc.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One staff access: who, when, from where, what, on which resource, with which outcome. */
@Entity
@Table(name = "access_event", schema = "audit")
public class AccessEvent {

  public static final String SUCCESS = "SUCCESS";
  public static final String ANOMALY = "ANOMALY";
  public static final String REPLAY = "REPLAY";

  /** Refused because the caller's roles do not allow it. */
  public static final String DENIED = "DENIED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "roles", nullable = false, updatable = false)
  private String roles;

  @Column(name = "client_address", nullable = false, updatable = false)
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false)
  private AccessAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type", nullable = false, updatable = false)
  private ResourceType resourceType;

  @Column(name = "resource_id", updatable = false)
  private String resourceId;

  @Column(name = "outcome", nullable = false, updatable = false)
  private String outcome;

  @Column(name = "request_id", nullable = false, updatable = false)
  private String requestId;

  @Column(name = "detail", updatable = false)
  private String detail;

  @Column(name = "justification", updatable = false)
  private String justification;

  protected AccessEvent() {}

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
