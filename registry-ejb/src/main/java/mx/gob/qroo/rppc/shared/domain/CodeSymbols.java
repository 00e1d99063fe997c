package mx.gob.qroo.rppc.shared.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The symbols of the codes people type (tracking codes, certificates' verification codes): no
 * look-alike characters (no 0/O, 1/I/L), written in groups of four joined by dashes, read in any
 * case with or without dashes and spaces.
 */
public final class CodeSymbols {

  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private CodeSymbols() {}

  /** {@code count} random symbols. */
  public static String random(int count, RandomGenerator random) {
    StringBuilder symbols = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return symbols.toString();
  }

  /** The symbols in groups of four: {@code 7KQ4-M9XH-2RPT}. */
  public static String grouped(CharSequence symbols) {
    StringBuilder grouped = new StringBuilder(symbols.length() + symbols.length() / 4);
    for (int i = 0; i < symbols.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        grouped.append('-');
      }
      grouped.append(symbols.charAt(i));
    }
    return grouped.toString();
  }

  /** What was typed as bare symbols (upper case, no dashes or spaces). */
  public static String bare(String typed) {
    // a loop, not replaceAll (a pattern compiled per call, and codes are read per request); the
    // separators are regex's \s and the dash, as they always were
    StringBuilder bare = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c != '-' && " \t\n\u000B\f\r".indexOf(c) < 0) {
        bare.append(c);
      }
    }
    return bare.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Whether {@code text} is exactly {@code count} symbols in groups of four, as {@link #grouped}.
   */
  public static boolean isGrouped(String text, int count) {
    if (text == null || text.length() != count + (count - 1) / 4) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean dash = (i + 1) % 5 == 0;
      if (dash ? c != '-' : ALPHABET.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character is one of the symbols. */
  public static boolean allSymbols(CharSequence symbols) {
    return symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }
}
