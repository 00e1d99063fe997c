package mx.gob.qroo.rppc.alerting.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as people type it: trimmed, one @, a dot in the domain, at most 254 chars. */
public final class EmailAddress {

  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private EmailAddress() {}

  /** The address, with its domain in lower case; IllegalArgumentException when it is not one. */
  public static String parse(String typed) {
    String address = typed == null ? "" : typed.strip();
    if (address.length() > 254 || !SHAPE.matcher(address).matches()) {
      throw new IllegalArgumentException(
          "escriba un correo electrónico válido, por ejemplo nombre@dominio.mx");
    }
    int at = address.lastIndexOf('@');
    return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
