package mx.gob.qroo.rppc.shared.application;

import java.time.Instant;
import mx.gob.qroo.rppc.shared.domain.LookupBudget;

/**
 * A {@link LookupBudget} whose figures are the system properties {@code <prefix>.burst} and {@code
 * <prefix>.per-minute} (else the defaults), read on each use so that they can be changed at run
 * time; a change starts every client afresh.
 */
final class ConfiguredBudget {

  private static final int MAX_TRACKED = 100_000;

  private final String prefix;
  private final int defaultBurst;
  private final int defaultPerMinute;
  private volatile LookupBudget budget;

  ConfiguredBudget(String prefix, int defaultBurst, int defaultPerMinute) {
    this.prefix = prefix;
    this.defaultBurst = defaultBurst;
    this.defaultPerMinute = defaultPerMinute;
    this.budget = new LookupBudget(defaultBurst, defaultPerMinute, MAX_TRACKED);
  }

  LookupBudget.Decision spend(String client, Instant now) {
    return current().spend(client, now);
  }

  private LookupBudget current() {
    int burst = setting(prefix + ".burst", defaultBurst);
    int perMinute = setting(prefix + ".per-minute", defaultPerMinute);
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
