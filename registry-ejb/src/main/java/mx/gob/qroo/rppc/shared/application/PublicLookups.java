package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import mx.gob.qroo.rppc.shared.domain.LookupBudget;

/**
 * The budget of anonymous lookups by code (procedure tracking, and the same for the page and the
 * API) per client address, against enumeration of codes: by default a burst of 30 and 30 a minute
 * per address, on each node. System properties {@code rppc.public-lookups.burst} and {@code
 * rppc.public-lookups.per-minute} change it at run time (the benchmarks raise it, since all their
 * clients share one address). Behind a reverse proxy, turn on {@code proxy-address-forwarding} on
 * WildFly's HTTP listener so that each citizen's own address is counted.
 */
@ApplicationScoped
public class PublicLookups {

  static final int DEFAULT_BURST = 30;
  static final int DEFAULT_PER_MINUTE = 30;
  private static final int MAX_TRACKED = 100_000;

  @Inject Clock clock;

  private volatile LookupBudget budget =
      new LookupBudget(DEFAULT_BURST, DEFAULT_PER_MINUTE, MAX_TRACKED);

  public LookupBudget.Decision spend(String clientAddress) {
    return current().spend(clientAddress, clock.instant());
  }

  private LookupBudget current() {
    int burst = setting("rppc.public-lookups.burst", DEFAULT_BURST);
    int perMinute = setting("rppc.public-lookups.per-minute", DEFAULT_PER_MINUTE);
    LookupBudget held = budget;
    if (held.burst() != burst || held.perMinute() != perMinute) {
      held = new LookupBudget(burst, perMinute, MAX_TRACKED);
      budget = held;
    }
    return held;
  }

  private static int setting(String name, int fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      return parsed > 0 ? parsed : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
