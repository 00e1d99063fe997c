package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One status change of a filing: from what, to what, who, when and why. */
@Embeddable
public class FilingTransition {

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 32)
  private FilingStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 32)
  private FilingStatus to;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "reason")
  private String reason;

  protected FilingTransition() {}

  FilingTransition(FilingStatus from, FilingStatus to, String actor, Instant at, String reason) {
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = at;
    this.reason = reason;
  }

  public FilingStatus from() {
    return from;
  }

  public FilingStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }

  public String reason() {
    return reason;
  }
}
