package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LookupBudgetTest {

  private final Instant t0 = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void anAddressGetsItsBurstThenWaitsForTheRefillWhileOthersAreUnaffected() {
    LookupBudget budget = new LookupBudget(3, 30, 1_000);
    for (int i = 0; i < 3; i++) {
      assertThat(budget.spend("10.0.0.1", t0).allowed()).isTrue();
    }
    LookupBudget.Decision refused = budget.spend("10.0.0.1", t0);
    assertThat(refused.allowed()).isFalse();
    // 30 a minute: one every 2 s
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    assertThat(budget.spend("10.0.0.2", t0).allowed()).isTrue();

    assertThat(budget.spend("10.0.0.1", t0.plusMillis(1_500)).allowed()).isFalse();
    assertThat(budget.spend("10.0.0.1", t0.plusMillis(1_500)).retryAfterSeconds()).isEqualTo(1);
    assertThat(budget.spend("10.0.0.1", t0.plusSeconds(2)).allowed()).isTrue();
    assertThat(budget.spend("10.0.0.1", t0.plusSeconds(2)).allowed()).isFalse();
  }

  @Test
  void aLongPauseRefillsNoMoreThanTheBurst() {
    LookupBudget budget = new LookupBudget(2, 60, 1_000);
    Instant later = t0.plus(Duration.ofHours(1));
    assertThat(budget.spend("a", later).allowed()).isTrue();
    assertThat(budget.spend("a", later).allowed()).isTrue();
    assertThat(budget.spend("a", later).allowed()).isFalse();
  }

  @Test
  void refilledAddressesAreForgottenOnceTooManyAreHeld() {
    LookupBudget budget = new LookupBudget(1, 60, 2);
    budget.spend("a", t0);
    budget.spend("b", t0);
    assertThat(budget.tracked()).isEqualTo(2);
    // a minute later a and b are full again: a third address makes room by forgetting them
    budget.spend("c", t0.plusSeconds(60));
    assertThat(budget.tracked()).isEqualTo(1);
    // an address still waiting is never forgotten, so waiting cannot be escaped
    budget.spend("d", t0.plusSeconds(60));
    budget.spend("e", t0.plusSeconds(60));
    assertThat(budget.spend("c", t0.plusSeconds(60)).allowed()).isFalse();
  }

  @Test
  void aBudgetNeedsPositiveFigures() {
    assertThatThrownBy(() -> new LookupBudget(0, 30, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
