package mx.gob.qroo.rppc.alerting.domain;

import java.time.Instant;

/**
 * A message waiting in the outbox: the confirmation request, or a filing or entry on a watched
 * folio ({@code reference}: the filing's entry number, or the entry's kind).
 */
public record AlertMessage(
    long id,
    Kind kind,
    String folioNumber,
    String email,
    String token,
    String reference,
    Instant occurredAt,
    int attempts) {

  public enum Kind {
    CONFIRMATION,
    FILING,
    ENTRY
  }
}
