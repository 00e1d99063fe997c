package mx.gob.qroo.rppc.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hops a forwarding header names, from left (the first client) to right (the address the last
 * proxy saw), without ports or brackets: {@code X-Forwarded-For} (a comma-separated list) or the
 * {@code for} parameters of {@code Forwarded} (RFC 7239). A header given several times reads as one
 * list, in order.
 */
public final class ForwardedChain {

  private ForwardedChain() {}

  public static List<String> ofXForwardedFor(List<String> values) {
    List<String> hops = new ArrayList<>();
    for (String value : values) {
      for (String hop : value.split(",")) {
        hops.add(withoutPort(hop.strip()));
      }
    }
    return hops;
  }

  public static List<String> ofForwarded(List<String> values) {
    List<String> hops = new ArrayList<>();
    for (String value : values) {
      for (String element : outsideQuotes(value, ',')) {
        for (String pair : outsideQuotes(element, ';')) {
          int equals = pair.indexOf('=');
          if (equals > 0
              && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
            hops.add(withoutPort(unquoted(pair.substring(equals + 1).strip())));
          }
        }
      }
    }
    return hops;
  }

  /** {@code [2001:db8::1]:443} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1}. */
  private static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end < 0 ? hop : hop.substring(1, end);
    }
    int colon = hop.indexOf(':');
    return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** The text split at {@code separator}, except inside double quotes. */
  private static List<String> outsideQuotes(String text, char separator) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
