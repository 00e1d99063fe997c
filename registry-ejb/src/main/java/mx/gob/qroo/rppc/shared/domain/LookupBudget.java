package mx.gob.qroo.rppc.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many public lookups each client address may make: a bucket of {@code burst} lookups per
 * address that refills at {@code perMinute} a minute. A lookup takes one; an empty bucket refuses
 * it and says how long until the next one is allowed. Once more than {@code maxTracked} addresses
 * are held, those whose buckets have refilled are forgotten, at most once a second; a waiting
 * address is never forgotten, and every bucket is full again within {@code burst / perMinute}
 * minutes, so memory stays bounded by the addresses seen in that time.
 */
public final class LookupBudget {

  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  private final int burst;
  private final int perMinute;
  private final int maxTracked;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);

  private static final long SWEEP_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  public LookupBudget(int burst, int perMinute, int maxTracked) {
    if (burst < 1 || perMinute < 1 || maxTracked < 1) {
      throw new IllegalArgumentException(
          "el límite de consultas necesita ráfaga, ritmo por minuto y máximo de direcciones"
              + " positivos");
    }
    this.burst = burst;
    this.perMinute = perMinute;
    this.maxTracked = maxTracked;
  }

  public int burst() {
    return burst;
  }

  public int perMinute() {
    return perMinute;
  }

  /** The answer to one lookup: allowed, or refused until {@code retryAfter} has passed. */
  public record Decision(boolean allowed, Duration retryAfter) {

    /** Whole seconds to wait, at least 1 (for a {@code Retry-After} header). */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  /** Spends one lookup of {@code address} at {@code now}, if it has one left. */
  public Decision spend(String address, Instant now) {
    long at = nanos(now);
    Bucket bucket = buckets.compute(address, (key, held) -> refilled(held, at).take());
    if (buckets.size() > maxTracked && at - lastSweep.get() >= SWEEP_EVERY_NANOS) {
      // at most once a second: a flood of new addresses must not make every lookup walk them all
      lastSweep.set(at);
      forgetFull(at);
    }
    if (bucket.granted()) {
      return new Decision(true, Duration.ZERO);
    }
    double missing = 1 - bucket.tokens();
    return new Decision(false, Duration.ofNanos((long) Math.ceil(missing * nanosPerToken())));
  }

  /** How many addresses are held now. */
  public int tracked() {
    return buckets.size();
  }

  private Bucket refilled(Bucket held, long at) {
    if (held == null) {
      return new Bucket(burst, at, false);
    }
    double tokens = Math.min(burst, held.tokens() + Math.max(0, at - held.at()) / nanosPerToken());
    return new Bucket(tokens, Math.max(at, held.at()), false);
  }

  private void forgetFull(long at) {
    buckets.entrySet().removeIf(e -> refilled(e.getValue(), at).tokens() >= burst);
  }

  private double nanosPerToken() {
    return (double) NANOS_PER_MINUTE / perMinute;
  }

  private static long nanos(Instant now) {
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private record Bucket(double tokens, long at, boolean granted) {
    Bucket take() {
      return tokens >= 1 ? new Bucket(tokens - 1, at, true) : new Bucket(tokens, at, false);
    }
  }
}
