package mx.gob.qroo.rppc.web.openapi;

/**
 * JAX-RS path templates in the form OpenAPI writes them: one leading slash, none trailing, no
 * doubled slashes, and {@code {name: regex}} as {@code {name}}.
 */
final class PathTemplates {

  private PathTemplates() {}

  static String join(String... parts) {
    return normalise(String.join("/", parts));
  }

  static String normalise(String template) {
    StringBuilder path = new StringBuilder("/");
    int depth = 0;
    boolean inRegex = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        depth++;
        if (depth == 1) {
          path.append(c);
          inRegex = false;
        }
        continue;
      }
      if (c == '}') {
        depth--;
        if (depth == 0) {
          path.append(c);
        }
        continue;
      }
      if (depth == 1 && c == ':') {
        inRegex = true;
        continue;
      }
      if (depth > 0 && (inRegex || Character.isWhitespace(c) || depth > 1)) {
        continue;
      }
      if (c == '/' && path.charAt(path.length() - 1) == '/') {
        continue;
      }
      path.append(c);
    }
    if (path.length() > 1 && path.charAt(path.length() - 1) == '/') {
      path.setLength(path.length() - 1);
    }
    return path.toString();
  }
}
