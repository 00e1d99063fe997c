package mx.gob.qroo.rppc.web.shared.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar days given as ISO-8601 query parameters ({@code 2026-11-23}). */
public final class Days {

  private Days() {}

  /** The day, or null when the parameter is absent or blank. */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' no es una fecha AAAA-MM-DD");
    }
  }
}
