package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API: building one per request was the largest cost of a
 * reception in the profile (bench/README.md). Jsonb instances are thread-safe.
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** For resources that read an optional body themselves. */
  public static Jsonb shared() {
    return JSONB;
  }
}
