package mx.gob.qroo.rppc.party.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registro Federal de Contribuyentes: 13 characters for a natural person (four letters), 12 for a
 * legal person (three letters), then the date (YYMMDD) and a three-character homoclave. Only valid
 * RFCs exist: the constructor takes the canonical form and {@link #of} what a person types.
 */
public record Rfc(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("([A-ZÑ&]{3,4})(\\d{2})(\\d{2})(\\d{2})([A-Z\\d]{2}[A\\d])");

  public Rfc {
    Matcher m = FORMAT.matcher(value == null ? "" : value);
    if (!m.matches()) {
      throw new IllegalArgumentException("el RFC no tiene un formato válido");
    }
    try {
      // the century does not matter for validity; 2000 is a leap year, so 29 February passes
      LocalDate.of(
          2000 + Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("la fecha del RFC no existe");
    }
  }

  /** What a person types: any case, surrounding spaces ignored. */
  public static Rfc of(String text) {
    return new Rfc(text == null ? "" : text.trim().toUpperCase());
  }

  public boolean isLegalPerson() {
    return value.length() == 12;
  }

  @Override
  public String toString() {
    return value;
  }
}
