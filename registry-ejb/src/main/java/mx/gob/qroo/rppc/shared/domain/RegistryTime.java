package mx.gob.qroo.rppc.shared.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Instants are stored in UTC and shown in Quintana Roo's zone (UTC-5 all year, no DST). */
public final class RegistryTime {

  public static final ZoneId ZONE = ZoneId.of("America/Cancun");

  private RegistryTime() {}

  public static ZonedDateTime local(Instant instant) {
    return instant.atZone(ZONE);
  }

  public static int yearOf(Instant instant) {
    return local(instant).getYear();
  }
}
