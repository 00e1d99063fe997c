package mx.gob.qroo.rppc.shared.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Código de seguimiento: what a citizen types to follow a procedure without logging in. Sixteen
 * symbols from an alphabet without look-alike characters (no 0/O, 1/I/L), about 79 random bits,
 * written in groups of four: {@code 7KQ4-M9XH-2RPT-WBC3}. Only well-formed codes exist: the
 * constructor takes the canonical form, {@link #parse} what a person types.
 */
public record TrackingCode(String value) {

  static final String ALPHABET = CodeSymbols.ALPHABET;
  static final int LENGTH = 16;
  private static final RandomGenerator SECURE_RANDOM = new SecureRandom();
  private static final String NEVER_ISSUED_VALUE = "0000-0000-0000-0000";

  /**
   * A code that can never be issued nor typed ({@code 0} is not in the alphabet): looked up in
   * place of a malformed one, so that both cost the same query and get the same answer.
   */
  public static final TrackingCode NEVER_ISSUED = new TrackingCode(NEVER_ISSUED_VALUE);

  /** The canonical form only: sixteen symbols in groups of four (or {@link #NEVER_ISSUED}). */
  public TrackingCode {
    if (!NEVER_ISSUED_VALUE.equals(value) && !isCanonical(value)) {
      throw new IllegalArgumentException(
          "un código de seguimiento se escribe en cuatro grupos de cuatro símbolos");
    }
  }

  public static TrackingCode random() {
    return random(SECURE_RANDOM);
  }

  static TrackingCode random(RandomGenerator random) {
    return new TrackingCode(CodeSymbols.grouped(CodeSymbols.random(LENGTH, random)));
  }

  /** Accepts what a person types: any case, with or without dashes and spaces. */
  public static TrackingCode parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("código de seguimiento vacío");
    }
    String symbols = CodeSymbols.bare(text);
    if (!CodeSymbols.allSymbols(symbols)) {
      throw new IllegalArgumentException("código de seguimiento con caracteres no válidos");
    }
    if (symbols.length() != LENGTH) {
      throw new IllegalArgumentException(
          "el código de seguimiento tiene " + LENGTH + " caracteres");
    }
    return new TrackingCode(CodeSymbols.grouped(symbols));
  }

  private static boolean isCanonical(String value) {
    return CodeSymbols.isGrouped(value, LENGTH);
  }

  /** Bits of randomness in one code: LENGTH * log2(alphabet size). */
  public static double entropyBits() {
    return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
  }

  @Override
  public String toString() {
    return value;
  }
}
