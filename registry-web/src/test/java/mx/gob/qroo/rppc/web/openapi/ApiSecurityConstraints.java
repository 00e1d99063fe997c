package mx.gob.qroo.rppc.web.openapi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The API archive's web.xml security constraints, and whether a request path needs an authenticated
 * caller there, matched as the Servlet specification matches them: an exact pattern, else the
 * longest path prefix ({@code /x/*}), else an extension ({@code *.x}), else {@code /}.
 */
final class ApiSecurityConstraints {

  static final Path WEB_XML = Path.of("src/main/api-webapp/WEB-INF/web.xml");

  private record Pattern(String urlPattern, boolean authenticated) {}

  private final List<Pattern> patterns;

  private ApiSecurityConstraints(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  static ApiSecurityConstraints read() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document xml = factory.newDocumentBuilder().parse(WEB_XML.toFile());
      List<Pattern> patterns = new ArrayList<>();
      NodeList constraints = xml.getElementsByTagNameNS("*", "security-constraint");
      for (int i = 0; i < constraints.getLength(); i++) {
        Element constraint = (Element) constraints.item(i);
        boolean authenticated =
            constraint.getElementsByTagNameNS("*", "auth-constraint").getLength() > 0;
        NodeList urls = constraint.getElementsByTagNameNS("*", "url-pattern");
        for (int j = 0; j < urls.getLength(); j++) {
          patterns.add(new Pattern(urls.item(j).getTextContent().trim(), authenticated));
        }
      }
      return new ApiSecurityConstraints(patterns);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + WEB_XML.toAbsolutePath(), e);
    }
  }

  /** Whether the web layer asks for a token before a request to {@code path} reaches JAX-RS. */
  boolean requiresAuthentication(String path) {
    List<Pattern> best = List.of();
    int bestRank = -1;
    for (Pattern p : patterns) {
      int rank = rank(p.urlPattern(), path);
      if (rank > bestRank) {
        bestRank = rank;
        best = new ArrayList<>(List.of(p));
      } else if (rank == bestRank && rank >= 0) {
        best.add(p);
      }
    }
    // constraints on the same pattern combine; one without auth-constraint leaves it open
    return !best.isEmpty() && best.stream().allMatch(Pattern::authenticated);
  }

  /** How well a pattern matches: exact beats any prefix, a longer prefix a shorter; -1 none. */
  private static int rank(String pattern, String path) {
    if (pattern.equals(path)) {
      return Integer.MAX_VALUE;
    }
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return 2 + prefix.length();
      }
      return -1;
    }
    if (pattern.startsWith("*.")) {
      return path.endsWith(pattern.substring(1)) ? 1 : -1;
    }
    return pattern.equals("/") ? 0 : -1;
  }
}
