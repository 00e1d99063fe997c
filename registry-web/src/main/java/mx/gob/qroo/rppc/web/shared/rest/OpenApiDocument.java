package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The API's hand-written OpenAPI document ({@code /openapi/openapi.yaml} on the classpath): its
 * YAML as written, the values it holds, and the same document as JSON. Read and converted once.
 */
public final class OpenApiDocument {

  public static final String RESOURCE = "/openapi/openapi.yaml";

  private final byte[] yaml;
  private final Map<?, ?> tree;
  private final byte[] json;

  private OpenApiDocument(byte[] yaml) {
    this.yaml = yaml;
    Object read = YamlTrees.read(new String(yaml, StandardCharsets.UTF_8));
    if (!(read instanceof Map<?, ?> map)) {
      throw new IllegalStateException(RESOURCE + " no es un documento OpenAPI (no es un mapa)");
    }
    this.tree = map;
    ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length * 2);
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.write(JsonTrees.of(map));
    }
    this.json = out.toByteArray();
  }

  /** The document this archive carries. */
  public static OpenApiDocument bundled() {
    return Bundled.DOCUMENT;
  }

  private static final class Bundled {
    static final OpenApiDocument DOCUMENT = new OpenApiDocument(read());

    private static byte[] read() {
      try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("falta " + RESOURCE + " en el classpath");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public byte[] yaml() {
    return yaml.clone();
  }

  /** The document's values (see {@link YamlTrees}); not to be modified. */
  public Map<?, ?> tree() {
    return tree;
  }

  /** The same document as JSON (UTF-8). */
  public byte[] json() {
    return json.clone();
  }
}
