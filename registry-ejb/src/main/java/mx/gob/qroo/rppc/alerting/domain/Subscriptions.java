package mx.gob.qroo.rppc.alerting.domain;

import java.time.Instant;
import java.util.Optional;

/** Where subscriptions are kept; each change that must tell someone queues its message. */
public interface Subscriptions {

  /**
   * A request to subscribe, within the limits of {@link SubscriptionRequest} counted from {@code
   * dayStart}: a new subscription waiting for confirmation, with its confirmation message queued;
   * when the address already has one for the folio that is not cancelled, that one (its
   * confirmation queued again if still unconfirmed). Two requests of one address never pass the
   * limits together.
   */
  SubscriptionRequest request(
      String folioNumber, String email, String newToken, Instant at, Instant dayStart);

  Optional<Subscription> byToken(String token);

  /** Confirms it unless already confirmed or cancelled; the subscription as it is afterwards. */
  Optional<Subscription> confirm(String token, Instant at);

  /** Cancels it unless already cancelled; the subscription as it is afterwards. */
  Optional<Subscription> cancel(String token, Instant at);
}
