package mx.gob.qroo.rppc.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.gob.qroo.rppc.web.openapi.DocumentedOperations.Documented;
import mx.gob.qroo.rppc.web.shared.rest.EndpointAccess;

/**
 * The Markdown table of who may call each operation ({@code docs/endpoint-access.md}), written from
 * the {@code x-rppc-access} of the OpenAPI document, in the document's order; an operation whose
 * access depends on a path parameter's value gets a row for each such value.
 */
final class EndpointAccessTable {

  static final String REGENERATE =
      "mvn -o -q -pl registry-web -am test -Dtest=EndpointAccessTableTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Drppc.write-docs=true";

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  private EndpointAccessTable() {}

  static String markdown(List<Documented> operations) {
    StringBuilder md = new StringBuilder();
    md.append("# Who may call each endpoint of the API\n\n")
        .append("Generated from the `x-rppc-access` of each operation of")
        .append(" `registry-web/src/main/resources/openapi/openapi.yaml` (served at")
        .append(" `/api/openapi.yaml` and `/api/openapi.json`); do not edit it by hand. After")
        .append(" changing the document, write it again with\n\n```bash\n")
        .append(REGENERATE)
        .append("\n```\n\n")
        .append("- **who**: `anonymous` (anyone, no token needed), or the realm roles of Keycloak")
        .append(" realm `rppc` that may call it, as the application services' `@RolesAllowed`")
        .append(" decide. Without a valid token a protected operation answers 401; to any other")
        .append(" role, 403.\n")
        .append("- **personal data**: whether the answer to those roles may carry personal data")
        .append(
            " (names, CURPs and RFCs of applicants, holders and beneficiaries, staff members as")
        .append(" the actors of registry acts and of the access log, the contents of documents);")
        .append(" planners get folios and zoning reports without it. `—` for anonymous")
        .append(" operations, which answer what is public.\n\n")
        .append("| method | path | who | personal data |\n")
        .append("|---|---|---|---|\n");
    for (Documented d : operations) {
      row(md, d.operation().method(), d.operation().path(), EndpointAccess.of(d.details()));
      for (var exception : EndpointAccess.exceptionsOf(d.details())) {
        row(
            md,
            d.operation().method(),
            with(d.operation().path(), exception.pathParameters()),
            exception.access());
      }
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String method, String path, EndpointAccess access) {
    md.append("| ")
        .append(method)
        .append(" | `/api")
        .append(path)
        .append("` | ")
        .append(who(access))
        .append(" | ")
        .append(personalData(access))
        .append(" |\n");
  }

  private static String who(EndpointAccess access) {
    return access.anonymous()
        ? "anonymous"
        : access.roles().keySet().stream()
            .map(r -> "`" + r + "`")
            .collect(Collectors.joining(", "));
  }

  private static String personalData(EndpointAccess access) {
    if (access.anonymous()) {
      return "—";
    }
    List<String> redacted = access.redactedRoles();
    if (redacted.isEmpty()) {
      return "yes";
    }
    if (redacted.size() == access.roles().size()) {
      return "no";
    }
    return "yes; not for "
        + redacted.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "))
        + " (redacted)";
  }

  private static String with(String template, Map<String, String> values) {
    return TEMPLATE
        .matcher(template)
        .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
  }
}
