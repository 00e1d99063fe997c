package mx.gob.qroo.rppc.web.filing.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;

/** Instants leave the API as ISO-8601 in Quintana Roo's offset (-05:00). */
final class LocalTimes {

  private LocalTimes() {}

  static String iso(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        RegistryTime.local(instant).toOffsetDateTime());
  }
}
