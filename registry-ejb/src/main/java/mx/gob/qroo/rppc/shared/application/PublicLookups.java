package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import mx.gob.qroo.rppc.shared.domain.LookupBudget;
import mx.gob.qroo.rppc.shared.domain.TooManyRequestsException;

/**
 * The budget of anonymous lookups by code (a procedure by its tracking code, a certificate by its
 * verification code, a property alert by its folio or its link's token) per client (see {@link
 * ClientAddresses}; an IPv6 client with its /64), against enumeration of codes: by default a burst
 * of 30 and 30 a minute, on each node. The services that look something up spend it themselves,
 * before the lookup, so that no way of writing the address escapes it. System properties {@code
 * rppc.public-lookups.burst} and {@code rppc.public-lookups.per-minute} change it at run time (the
 * benchmarks raise it, since all their clients share one address).
 */
@ApplicationScoped
public class PublicLookups {

  static final int DEFAULT_BURST = 30;
  static final int DEFAULT_PER_MINUTE = 30;

  @Inject Clock clock;
  @Inject RequestOrigin origin;

  private final ConfiguredBudget budget =
      new ConfiguredBudget("rppc.public-lookups", DEFAULT_BURST, DEFAULT_PER_MINUTE);

  /** Spends one lookup of the current request's client, or refuses it with the time to wait. */
  public void spend() {
    LookupBudget.Decision decision = budget.spend(origin.budgetKey(), clock.instant());
    if (!decision.allowed()) {
      throw new TooManyRequestsException("consultas", decision.retryAfter());
    }
  }
}
