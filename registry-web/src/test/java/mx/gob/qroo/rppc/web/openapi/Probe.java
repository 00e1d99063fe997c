package mx.gob.qroo.rppc.web.openapi;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.web.openapi.DocumentedOperations.Documented;

/**
 * A request the access matrix sends to an operation, with well-formed made-up path parameters that
 * name nothing in the registry. {@link #of} makes the one that reaches the application service,
 * where roles are checked: the required query parameters with the document's examples, and a body
 * that changes nothing (an empty JSON object, an empty file, a small text file in the multipart
 * field {@code file}: uploads look up what they attach to before storing anything; where the
 * resource itself would refuse such a body, {@link #BODIES} gives one that gets past it and names
 * nothing that exists). {@link #bare} makes the empty one: no query parameters and no body (a
 * multipart form without its file), which a role that may not call the operation must be refused
 * too.
 */
record Probe(
    String method,
    String path,
    Map<String, Object> query,
    String contentType,
    byte[] body,
    boolean hasRequestBody,
    boolean bare) {

  static final String MULTIPART = "multipart/form-data";
  static final String JSON = "application/json";

  /** Made-up, well-formed values of every path parameter of the API. */
  static final Map<String, String> PATH_VALUES =
      Map.ofEntries(
          Map.entry("entryNumber", "CUN-1999-999999"),
          Map.entry("folioNumber", "CUN-FR-999999"),
          Map.entry("sequence", "1"),
          Map.entry("id", "999999999"),
          Map.entry("index", "999999999"),
          Map.entry("code", "CLG-ZZZZ-ZZZZ-ZZZZ"),
          Map.entry("trackingCode", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"),
          Map.entry("cadastralKey", "23005-999-9999-999"),
          Map.entry("userName", "matriz-de-acceso"),
          Map.entry("layer", "municipalities"),
          Map.entry("check", "overlapping-parcels"),
          Map.entry("collectionId", "municipalities"),
          Map.entry("featureId", "99999"),
          Map.entry("z", "0"),
          Map.entry("x", "0"),
          Map.entry("y", "0"));

  /**
   * JSON bodies, by operationId, for the operations whose resource validates the body itself before
   * calling the service: the smallest that passes that check, about records that do not exist.
   */
  static final Map<String, String> BODIES =
      Map.of(
          "examineFiling",
          "{\"decision\":\"INSCRIBE\"}",
          "startLegacyBatch",
          "{\"source\":\"matriz-de-acceso-no-existe\"}",
          "subdivideParcel",
          "{\"children\":[{\"cadastralKey\":\"23005-999-9999-998\",\"geometry\":{\"type\":"
              + "\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]}",
          "mergeParcels",
          "{\"parents\":[\"23005-999-9999-998\",\"23005-999-9999-997\"],"
              + "\"cadastralKey\":\"23005-999-9999-996\"}");

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  /** The request that reaches the service, with {@code special} path values where given. */
  static Probe of(Documented operation, Map<String, String> special, Map<?, ?> document) {
    return build(operation, special, document, false);
  }

  /** The empty request: no query parameters, no body. */
  static Probe bare(Documented operation, Map<String, String> special, Map<?, ?> document) {
    return build(operation, special, document, true);
  }

  /** Whether this empty request differs from {@code full}, the one that reaches the service. */
  boolean differsFrom(Probe full) {
    return !full.query().isEmpty() || (full.body() != null && full.body().length > 0);
  }

  private static Probe build(
      Documented operation, Map<String, String> special, Map<?, ?> document, boolean bare) {
    String method = operation.operation().method();
    String path =
        TEMPLATE
            .matcher(operation.operation().path())
            .replaceAll(m -> Matcher.quoteReplacement(pathValue(operation, special, m.group(1))));
    Map<String, Object> query = new LinkedHashMap<>();
    Object parameters = operation.details().get("parameters");
    for (Object p : parameters == null ? List.of() : (List<?>) parameters) {
      Map<?, ?> parameter = resolve(p, document);
      if (!bare
          && "query".equals(parameter.get("in"))
          && Boolean.TRUE.equals(parameter.get("required"))) {
        query.put((String) parameter.get("name"), example(operation, parameter));
      }
    }
    Object requestBody = operation.details().get("requestBody");
    if (requestBody == null) {
      return new Probe(method, path, query, null, null, false, bare);
    }
    Map<?, ?> content = (Map<?, ?>) resolve(requestBody, document).get("content");
    if (content.containsKey(JSON)) {
      String json = bare ? "" : BODIES.getOrDefault(operation.operationId(), "{}");
      return new Probe(
          method, path, query, JSON, json.getBytes(StandardCharsets.UTF_8), true, bare);
    }
    if (content.containsKey(MULTIPART)) {
      byte[] file = bare ? new byte[0] : utf8("prueba de la matriz de acceso\n");
      return new Probe(method, path, query, MULTIPART, file, true, bare);
    }
    String type = (String) content.keySet().iterator().next();
    return new Probe(method, path, query, type, new byte[0], true, bare);
  }

  private static String pathValue(Documented operation, Map<String, String> special, String name) {
    String value = special.getOrDefault(name, PATH_VALUES.get(name));
    if (value == null) {
      throw new IllegalStateException(
          operation.operation()
              + ": no made-up value for path parameter '"
              + name
              + "'; add one to Probe.PATH_VALUES");
    }
    return value;
  }

  private static Object example(Documented operation, Map<?, ?> parameter) {
    Map<?, ?> schema = (Map<?, ?>) parameter.get("schema");
    if (parameter.containsKey("example")) {
      return parameter.get("example");
    }
    if (schema != null && schema.containsKey("example")) {
      return schema.get("example");
    }
    if (schema != null && schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    throw new IllegalStateException(
        operation.operation()
            + ": required query parameter '"
            + parameter.get("name")
            + "' has no example in openapi.yaml");
  }

  /** A parameter or request body, following a {@code $ref} into the document's components. */
  private static Map<?, ?> resolve(Object node, Map<?, ?> document) {
    Map<?, ?> map = (Map<?, ?>) node;
    Object ref = map.get("$ref");
    if (ref == null) {
      return map;
    }
    Object target = document;
    for (String part : ((String) ref).substring(2).split("/")) {
      target = ((Map<?, ?>) target).get(part.replace("~1", "/").replace("~0", "~"));
    }
    return (Map<?, ?>) target;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + path + (bare ? " [empty]" : "");
  }
}
