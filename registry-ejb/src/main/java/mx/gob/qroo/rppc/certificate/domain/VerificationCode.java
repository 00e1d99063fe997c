package mx.gob.qroo.rppc.certificate.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A certificate's verification code, printed on it and in its QR code: {@code CLG-} and twelve
 * symbols of the tracking codes' alphabet in groups of four (about 59 random bits).
 */
public final class VerificationCode {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  public static String random() {
    StringBuilder code = new StringBuilder("CLG");
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** What was typed, in the canonical form when it has the code's shape; else null. */
  public static String canonical(String typed) {
    if (typed == null) {
      return null;
    }
    String symbols = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (!symbols.startsWith("CLG") || symbols.length() != 15) {
      return null;
    }
    StringBuilder code = new StringBuilder("CLG");
    for (int i = 3; i < 15; i++) {
      char c = symbols.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        return null;
      }
      if ((i - 3) % 4 == 0) {
        code.append('-');
      }
      code.append(c);
    }
    return code.toString();
  }
}
