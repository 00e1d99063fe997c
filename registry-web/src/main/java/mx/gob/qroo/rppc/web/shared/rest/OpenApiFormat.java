package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two forms the OpenAPI document is served in, each under its generic media type and its
 * OpenAPI-specific one (with {@code version=3.0}), and which one a client's {@code Accept} asks
 * for.
 */
public enum OpenApiFormat {
  YAML("application", "yaml", "vnd.oai.openapi"),
  JSON("application", "json", "vnd.oai.openapi+json");

  private final MediaType generic;
  private final MediaType specific;

  OpenApiFormat(String type, String genericSubtype, String specificSubtype) {
    this.generic = new MediaType(type, genericSubtype);
    this.specific = new MediaType(type, specificSubtype, Map.of("version", "3.0"));
  }

  /** The media type to label this form with, as specific as the client asked. */
  public MediaType labelFor(MediaType asked) {
    return sameType(asked, specific) ? specific : generic;
  }

  /** What a client gets: a form of the document and the media type it is labelled with. */
  public record Choice(OpenApiFormat format, MediaType mediaType) {}

  /**
   * The first of the client's acceptable media types (in its order of preference, wildcards
   * included) that one of the {@code offered} forms can give, that form first when several can;
   * empty when none can (406).
   */
  public static Optional<Choice> choose(List<MediaType> acceptable, List<OpenApiFormat> offered) {
    for (MediaType asked : acceptable) {
      if (refused(asked)) {
        continue;
      }
      for (OpenApiFormat format : offered) {
        if (asked.isCompatible(format.generic) || asked.isCompatible(format.specific)) {
          return Optional.of(new Choice(format, format.labelFor(asked)));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameType(MediaType a, MediaType b) {
    return a.getType().equalsIgnoreCase(b.getType())
        && a.getSubtype().equalsIgnoreCase(b.getSubtype());
  }

  private static boolean refused(MediaType asked) {
    String q = asked.getParameters().get("q");
    if (q == null) {
      return false;
    }
    try {
      return Double.parseDouble(q) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
