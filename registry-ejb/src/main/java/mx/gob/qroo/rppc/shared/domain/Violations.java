package mx.gob.qroo.rppc.shared.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects every violation of a request before refusing it, so the client learns all that is wrong
 * at once. Value-object factories signal a bad value with IllegalArgumentException.
 */
public final class Violations {

  private final List<Violation> found = new ArrayList<>();

  public <T> T parse(String field, String raw, Function<String, T> factory) {
    if (raw == null || raw.isBlank()) {
      found.add(new Violation(field, "es obligatorio"));
      return null;
    }
    try {
      return factory.apply(raw);
    } catch (IllegalArgumentException e) {
      found.add(new Violation(field, e.getMessage()));
      return null;
    }
  }

  /**
   * A value built by a factory that refuses a bad one (IllegalArgumentException): the value, or
   * null after recording the refusal against {@code field}.
   */
  public <T> T build(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      found.add(new Violation(field, e.getMessage()));
      return null;
    }
  }

  /** The constant a code names, in any case; anything else is refused, listing the valid ones. */
  public static <E extends Enum<E>> E named(Class<E> type, String code) {
    try {
      return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "valor desconocido; válidos: "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  /** Like {@link #parse}, but an absent or blank value is no violation: it gives null. */
  public <T> T parseOptional(String field, String raw, Function<String, T> factory) {
    return raw == null || raw.isBlank() ? null : parse(field, raw, factory);
  }

  public String require(String field, String raw, int maxLength) {
    return parse(
        field,
        raw,
        text -> {
          String trimmed = text.trim();
          if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("admite a lo más " + maxLength + " caracteres");
          }
          return trimmed;
        });
  }

  /** Refuses a page outside {@code offset ≥ 0} and {@code 1 ≤ limit ≤ max}. */
  public static void requirePage(int offset, int limit, int max) {
    if (offset < 0 || limit < 1 || limit > max) {
      Violations page = new Violations();
      page.add("limit", "offset ≥ 0 y limit entre 1 y " + max);
      page.throwIfAny();
    }
  }

  public void add(String field, String message) {
    found.add(new Violation(field, message));
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidRequestException(found);
    }
  }
}
