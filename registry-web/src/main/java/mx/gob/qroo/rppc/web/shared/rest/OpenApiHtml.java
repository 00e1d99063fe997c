package mx.gob.qroo.rppc.web.shared.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/**
 * The OpenAPI document as a page for people (the OGC landing page's {@code service-doc}): its title
 * and version, where the full description is, and every operation, grouped by tag, with its
 * summary, who may call it and whether the answer carries personal data. Every text from the
 * document is escaped; no script.
 */
final class OpenApiHtml {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OpenApiHtml() {}

  static String page(Map<?, ?> document) {
    Map<?, ?> info = (Map<?, ?>) document.get("info");
    String title = String.valueOf(info.get("title"));
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>body{font-family:sans-serif;margin:1rem 2rem;color:#1a1a1a}")
        .append("table{border-collapse:collapse;margin-bottom:1.5rem}td,th{border:1px solid #999;")
        .append("padding:.25rem .5rem;text-align:left;vertical-align:top}code{font-size:.95em}")
        .append("a{color:#0645ad}</style></head><body><h1>")
        .append(escape(title))
        .append("</h1><p>Versión ")
        .append(escape(String.valueOf(info.get("version"))))
        .append(". La descripción completa, con cada parámetro, cuerpo, respuesta y ejemplo, es el")
        .append(" documento OpenAPI 3.0: <a href=\"openapi.yaml\">YAML</a> o")
        .append(" <a href=\"openapi.json\">JSON</a>. Las operaciones protegidas piden un token")
        .append(
            " de Keycloak (realm <code>rppc</code>) en <code>Authorization: Bearer</code>.</p>");
    for (Object tag : (List<?>) document.get("tags")) {
      section(html, (Map<?, ?>) tag, (Map<?, ?>) document.get("paths"));
    }
    return html.append("</body></html>").toString();
  }

  private static void section(StringBuilder html, Map<?, ?> tag, Map<?, ?> paths) {
    Object name = tag.get("name");
    StringBuilder rows = new StringBuilder();
    paths.forEach(
        (path, item) ->
            ((Map<?, ?>) item)
                .forEach(
                    (method, operation) -> {
                      if (METHODS.contains(method)
                          && ((Map<?, ?>) operation).get("tags") instanceof List<?> tags
                          && tags.contains(name)) {
                        row(rows, (String) method, (String) path, (Map<?, ?>) operation);
                      }
                    }));
    if (rows.isEmpty()) {
      return;
    }
    html.append("<h2>")
        .append(escape(String.valueOf(name)))
        .append("</h2><p>")
        .append(escape(String.valueOf(tag.get("description"))))
        .append("</p><table><thead><tr><th>Método</th><th>Ruta</th><th>Qué hace</th>")
        .append("<th>Quién puede llamarla</th><th>Datos personales</th></tr></thead><tbody>")
        .append(rows)
        .append("</tbody></table>");
  }

  private static void row(StringBuilder rows, String method, String path, Map<?, ?> operation) {
    EndpointAccess access = EndpointAccess.of(operation);
    StringBuilder who = new StringBuilder(who(access));
    StringBuilder personal = new StringBuilder(personalData(access));
    for (EndpointAccess.ParameterAccess exception : EndpointAccess.exceptionsOf(operation)) {
      String values =
          exception.pathParameters().entrySet().stream()
              .map(e -> e.getKey() + " = " + e.getValue())
              .collect(Collectors.joining(", "));
      who.append("; con ").append(values).append(": ").append(who(exception.access()));
      personal
          .append("; con ")
          .append(values)
          .append(": ")
          .append(personalData(exception.access()));
    }
    rows.append("<tr><td>")
        .append(escape(method.toUpperCase(Locale.ROOT)))
        .append("</td><td><code>/api")
        .append(escape(path))
        .append("</code></td><td>")
        .append(escape(String.valueOf(operation.get("summary"))))
        .append("</td><td>")
        .append(escape(who.toString()))
        .append("</td><td>")
        .append(escape(personal.toString()))
        .append("</td></tr>");
  }

  private static String who(EndpointAccess access) {
    return access.anonymous()
        ? "cualquiera, sin token"
        : String.join(", ", access.roles().keySet());
  }

  private static String personalData(EndpointAccess access) {
    if (access.anonymous()) {
      return "—";
    }
    List<String> redacted = access.redactedRoles();
    if (redacted.isEmpty()) {
      return "sí";
    }
    return redacted.size() == access.roles().size()
        ? "no"
        : "sí; no para " + String.join(", ", redacted);
  }

  private static String escape(String text) {
    return Encode.forHtml(text);
  }
}
