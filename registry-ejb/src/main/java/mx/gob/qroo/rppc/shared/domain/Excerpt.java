package mx.gob.qroo.rppc.shared.domain;

/**
 * A value taken from an uploaded file, quoted in an error message: at most a short excerpt, with
 * control characters and quotes escaped, so a report never carries more of a file than a glance.
 */
public final class Excerpt {

  static final int MAX_CHARACTERS = 40;

  private Excerpt() {}

  /** The value between quotes, its quotes and backslashes escaped. */
  public static String of(Object value) {
    if (value == null) {
      return "(vacío)";
    }
    String text = value.toString();
    return "'" + escaped(text, MAX_CHARACTERS, true) + "'" + rest(text, MAX_CHARACTERS);
  }

  /** A message part made of such values: at most {@code max} characters, controls escaped. */
  public static String bounded(String text, int max) {
    return text == null ? null : escaped(text, max, false) + rest(text, max);
  }

  private static String escaped(String text, int max, boolean quotes) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < text.length() && shown < max; i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04x", c));
      } else if (quotes && (c == '\'' || c == '\\')) {
        out.append('\\').appendCodePoint(c);
      } else {
        out.appendCodePoint(c);
      }
      shown++;
    }
    return out.toString();
  }

  private static String rest(String text, int max) {
    int length = text.codePointCount(0, text.length());
    return length > max ? "… (" + length + " caracteres)" : "";
  }
}
