package mx.gob.qroo.rppc.certificate.domain;

import java.security.SecureRandom;
import mx.gob.qroo.rppc.shared.domain.CodeSymbols;

/**
 * A certificate's verification code, printed on it and in its QR code: {@code CLG-} and twelve
 * symbols of the codes people type ({@link CodeSymbols}) in groups of four (about 59 random bits).
 */
public final class VerificationCode {

  private static final String PREFIX = "CLG";
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  public static String random() {
    return PREFIX + "-" + CodeSymbols.grouped(CodeSymbols.random(LENGTH, RANDOM));
  }

  /** What was typed, in the canonical form when it has the code's shape; else null. */
  public static String canonical(String typed) {
    if (typed == null) {
      return null;
    }
    String bare = CodeSymbols.bare(typed);
    if (!bare.startsWith(PREFIX) || bare.length() != PREFIX.length() + LENGTH) {
      return null;
    }
    String symbols = bare.substring(PREFIX.length());
    return CodeSymbols.allSymbols(symbols) ? PREFIX + "-" + CodeSymbols.grouped(symbols) : null;
  }
}
