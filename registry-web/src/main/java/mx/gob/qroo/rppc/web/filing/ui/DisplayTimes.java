package mx.gob.qroo.rppc.web.filing.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;

/** How pages write an instant: Quintana Roo time, Spanish month names. */
public final class DisplayTimes {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern(
          "d 'de' MMMM 'de' yyyy, HH:mm 'h'", Locale.forLanguageTag("es-MX"));

  private DisplayTimes() {}

  public static String of(Instant instant) {
    return FORMAT.format(RegistryTime.local(instant));
  }

  /** The instant with Quintana Roo's offset, for a {@code <time datetime>} attribute. */
  public static String iso(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        RegistryTime.local(instant).toOffsetDateTime());
  }
}
