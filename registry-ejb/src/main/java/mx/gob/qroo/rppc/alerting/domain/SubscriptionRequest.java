package mx.gob.qroo.rppc.alerting.domain;

import java.util.Optional;

/**
 * What a request to subscribe came to, and the limits that keep the form from being used to flood
 * an address or a folio with confirmation messages. Every request that passes the limits is counted
 * the same way, whether it queued a confirmation or found the address already subscribed, so the
 * answers never tell whether an address was subscribed before.
 */
public enum SubscriptionRequest {
  /** A confirmation message is queued (or there was nothing left to confirm). */
  SENT,
  /** The address already has a request of today waiting for its confirmation: nothing is sent. */
  ALREADY_ON_ITS_WAY,
  /** The folio had {@link #PER_FOLIO_PER_DAY} requests today: nothing is sent. */
  FOLIO_LIMIT;

  /** Requests a folio may get in a day (from any addresses). */
  public static final int PER_FOLIO_PER_DAY = 10;

  /**
   * Why a request is not taken: the address has one of today still unconfirmed, or the folio has
   * had its day's requests; empty when it is taken.
   */
  public static Optional<SubscriptionRequest> refusal(
      boolean addressPendingToday, long folioRequestsToday) {
    if (addressPendingToday) {
      return Optional.of(ALREADY_ON_ITS_WAY);
    }
    if (folioRequestsToday >= PER_FOLIO_PER_DAY) {
      return Optional.of(FOLIO_LIMIT);
    }
    return Optional.empty();
  }
}
