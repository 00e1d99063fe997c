package mx.gob.qroo.rppc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.web.openapi.DocumentedOperations.Documented;
import mx.gob.qroo.rppc.web.shared.rest.EndpointAccess;
import org.junit.jupiter.api.Test;

/**
 * Each operation's {@code x-rppc-access} is in the vocabulary and agrees with the rest of what the
 * document and the API's web.xml say: its {@code security}, its 401 and 403 answers, and whether
 * the web layer lets an anonymous caller through.
 */
class DocumentedAccessTest {

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  private final List<Documented> operations = DocumentedOperations.all();
  private final ApiSecurityConstraints webXml = ApiSecurityConstraints.read();

  @Test
  void everyOperationSaysWhoMayCallIt() {
    List<String> wrong = new ArrayList<>();
    for (Documented d : operations) {
      try {
        EndpointAccess.of(d.details());
        for (var exception : EndpointAccess.exceptionsOf(d.details())) {
          if (!parameters(d.operation().path()).containsAll(exception.pathParameters().keySet())) {
            wrong.add(d.operation() + ": exception on a parameter it does not have");
          }
        }
      } catch (IllegalArgumentException e) {
        wrong.add(d.operation() + ": " + e.getMessage());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void securityIsEmptyExactlyWhereAnAnonymousCallerIsLetThrough() {
    List<String> wrong = new ArrayList<>();
    for (Documented d : operations) {
      boolean anonymous = EndpointAccess.of(d.details()).anonymous();
      List<?> security = (List<?>) d.details().get("security");
      boolean tokenOptional = security.isEmpty() || security.contains(Map.of());
      boolean bearer = security.contains(Map.of("bearerAuth", List.of()));
      boolean restrictedVariant = !EndpointAccess.exceptionsOf(d.details()).isEmpty();
      if (anonymous != tokenOptional) {
        wrong.add(d.operation() + ": x-rppc-access and security disagree");
      }
      if ((!anonymous || restrictedVariant) && !bearer) {
        wrong.add(d.operation() + ": a token is needed but bearerAuth is not listed");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theWebLayerAsksForATokenExactlyWhereTheDocumentDoes() {
    List<String> wrong = new ArrayList<>();
    for (Documented d : operations) {
      EndpointAccess access = EndpointAccess.of(d.details());
      String path = d.operation().path();
      if (webXml.requiresAuthentication(concrete(path, Map.of())) == access.anonymous()) {
        wrong.add(
            d.operation()
                + (access.anonymous()
                    ? ": anonymous in the document, but web.xml asks for a token"
                    : ": needs a token in the document, but web.xml lets anyone through"));
      }
      for (var exception : EndpointAccess.exceptionsOf(d.details())) {
        String special = concrete(path, exception.pathParameters());
        if (webXml.requiresAuthentication(special) == exception.access().anonymous()) {
          wrong.add(d.operation() + " " + exception.pathParameters() + ": web.xml disagrees");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void protectedOperationsDocumentTheir401And403() {
    List<String> wrong = new ArrayList<>();
    for (Documented d : operations) {
      EndpointAccess access = EndpointAccess.of(d.details());
      Map<?, ?> responses = (Map<?, ?>) d.details().get("responses");
      boolean restricted =
          !access.anonymous() || !EndpointAccess.exceptionsOf(d.details()).isEmpty();
      if (restricted && !responses.containsKey("401")) {
        wrong.add(d.operation() + ": no 401");
      }
      if (!access.anonymous()
          && !access.roles().keySet().containsAll(Role.ALL)
          && !responses.containsKey("403")) {
        wrong.add(d.operation() + ": some roles may not call it, but no 403");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theWebXmlReaderMatchesAsTheServletSpecificationSays() {
    assertThat(webXml.requiresAuthentication("/filings")).isTrue();
    assertThat(webXml.requiresAuthentication("/health")).isFalse();
    assertThat(webXml.requiresAuthentication("/public/filings/X")).isFalse();
    assertThat(webXml.requiresAuthentication("/ogc/collections/parcels/items")).isTrue();
    assertThat(webXml.requiresAuthentication("/ogc/collections/parcels")).isTrue();
    assertThat(webXml.requiresAuthentication("/ogc/collections/parcelsx")).isFalse();
    assertThat(webXml.requiresAuthentication("/tiles/zones/1/2/3.mvt")).isFalse();
  }

  private static Set<String> parameters(String path) {
    Set<String> names = new java.util.HashSet<>();
    Matcher m = TEMPLATE.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** A request path for the template: the given values, a placeholder for the others. */
  private static String concrete(String template, Map<String, String> values) {
    return TEMPLATE
        .matcher(template)
        .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "x")));
  }
}
