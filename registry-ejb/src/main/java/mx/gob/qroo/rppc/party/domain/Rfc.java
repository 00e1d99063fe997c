package mx.gob.qroo.rppc.party.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registro Federal de Contribuyentes: 13 characters for a natural person (four letters), 12 for a
 * legal person (three letters), then the date (YYMMDD) and a three-character homoclave.
 */
public final class Rfc {

  private static final Pattern FORMAT =
      Pattern.compile("([A-ZÑ&]{3,4})(\\d{2})(\\d{2})(\\d{2})([A-Z\\d]{2}[A\\d])");

  private final String value;

  private Rfc(String value) {
    this.value = value;
  }

  public static Rfc of(String text) {
    String candidate = text == null ? "" : text.trim().toUpperCase();
    Matcher m = FORMAT.matcher(candidate);
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
    return new Rfc(candidate);
  }

  public boolean isLegalPerson() {
    return value.length() == 12;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rfc other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
