package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import mx.gob.qroo.rppc.shared.domain.LookupBudget;
import mx.gob.qroo.rppc.shared.domain.TooManyRequestsException;

/**
 * The budget of anonymous map requests (OGC API pages, vector tiles, land-use plans) per client
 * (see {@link ClientAddresses}): by default a burst of 300 and 600 a minute, so that a web map's
 * bursts of tiles (20 to 40 a view and layer) pass while a client that walks the whole grid waits.
 * Staff and planners with a token are not counted. System properties {@code rppc.public-maps.burst}
 * and {@code rppc.public-maps.per-minute} change it at run time.
 */
@ApplicationScoped
public class PublicMapRequests {

  static final int DEFAULT_BURST = 300;
  static final int DEFAULT_PER_MINUTE = 600;

  @Inject Clock clock;
  @Inject RequestOrigin origin;

  private final ConfiguredBudget budget =
      new ConfiguredBudget("rppc.public-maps", DEFAULT_BURST, DEFAULT_PER_MINUTE);

  /** Whether the current request comes without a token (nobody signed in). */
  public boolean anonymous() {
    return origin.actorSubject() == null;
  }

  /** Spends one request of an anonymous client, or refuses it with the time to wait. */
  public void spend() {
    if (!anonymous()) {
      return;
    }
    LookupBudget.Decision decision = budget.spend(origin.budgetKey(), clock.instant());
    if (!decision.allowed()) {
      throw new TooManyRequestsException("solicitudes de mapas", decision.retryAfter());
    }
  }
}
