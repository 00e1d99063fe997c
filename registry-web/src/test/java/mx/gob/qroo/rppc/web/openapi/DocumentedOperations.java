package mx.gob.qroo.rppc.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mx.gob.qroo.rppc.web.shared.rest.OpenApiDocument;

/** The operations openapi.yaml describes, each with what the document says of it. */
final class DocumentedOperations {

  static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** An operation and its object in the document. */
  record Documented(Operation operation, Map<?, ?> details) {
    String operationId() {
      return (String) details.get("operationId");
    }
  }

  private DocumentedOperations() {}

  static List<Documented> all() {
    return of(OpenApiDocument.bundled().tree());
  }

  static List<Documented> of(Map<?, ?> document) {
    List<Documented> operations = new ArrayList<>();
    Map<?, ?> paths = (Map<?, ?>) document.get("paths");
    paths.forEach(
        (path, item) ->
            ((Map<?, ?>) item)
                .forEach(
                    (key, details) -> {
                      if (METHODS.contains(key)) {
                        operations.add(
                            new Documented(
                                new Operation(
                                    ((String) key).toUpperCase(Locale.ROOT),
                                    PathTemplates.normalise((String) path)),
                                (Map<?, ?>) details));
                      }
                    }));
    return operations;
  }
}
