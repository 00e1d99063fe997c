package mx.gob.qroo.rppc.alerting.domain;

import java.time.Instant;

/** A folio watched by an e-mail address; alerts go out once confirmed and until cancelled. */
public record Subscription(
    long id,
    String folioNumber,
    String email,
    String token,
    Instant requestedAt,
    Instant confirmedAt,
    Instant cancelledAt) {

  public boolean confirmed() {
    return confirmedAt != null;
  }

  public boolean cancelled() {
    return cancelledAt != null;
  }
}
