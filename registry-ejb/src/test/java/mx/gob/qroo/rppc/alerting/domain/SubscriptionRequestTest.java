package mx.gob.qroo.rppc.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriptionRequestTest {

  @Test
  void anAddressWaitingForItsConfirmationOfTodayGetsNoOtherAndAFolioOnlySoManyADay() {
    assertThat(SubscriptionRequest.refusal(false, 0)).isEmpty();
    assertThat(SubscriptionRequest.refusal(true, 0))
        .contains(SubscriptionRequest.ALREADY_ON_ITS_WAY);
    assertThat(SubscriptionRequest.refusal(false, SubscriptionRequest.PER_FOLIO_PER_DAY - 1))
        .isEmpty();
    assertThat(SubscriptionRequest.refusal(false, SubscriptionRequest.PER_FOLIO_PER_DAY))
        .contains(SubscriptionRequest.FOLIO_LIMIT);
    // the address's own pending request is said first, whatever the folio's count
    assertThat(SubscriptionRequest.refusal(true, 1_000))
        .contains(SubscriptionRequest.ALREADY_ON_ITS_WAY);
  }
}
