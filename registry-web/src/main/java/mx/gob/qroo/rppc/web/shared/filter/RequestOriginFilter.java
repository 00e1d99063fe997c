package mx.gob.qroo.rppc.web.shared.filter;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.gob.qroo.rppc.shared.application.ClientAddresses;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import mx.gob.qroo.rppc.shared.domain.ClientAddress;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Tells the application services where the request came from (its client as {@link ClientAddresses}
 * decides it: the peer, or behind a trusted proxy the address it forwards), who made it (the
 * Keycloak subject) and why (header {@code X-Justification}, or parameter {@code justificacion} on
 * pages), for the access log, and gives it an id, returned in {@code X-Request-Id} so a user can
 * quote it.
 */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  public static final String JUSTIFICATION_HEADER = "X-Justification";
  public static final String JUSTIFICATION_PARAMETER = "justificacion";
  static final String OFFICES_CLAIM = "oficinas";

  @Inject RequestOrigin origin;
  @Inject ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = UUID.randomUUID().toString();
    Optional<ClientAddress> client =
        clients.of(request.getRemoteAddr(), name -> Collections.list(request.getHeaders(name)));
    if (client.isPresent()) {
      origin.identify(client.get(), requestId);
    } else {
      origin.identify(request.getRemoteAddr(), requestId);
    }
    origin.justify(justificationOf(request));
    origin.authenticatedAs(subjectOf(request.getUserPrincipal()));
    origin.worksIn(officesOf(request.getUserPrincipal()));
    response.setHeader(REQUEST_ID_HEADER, requestId);
    chain.doFilter(request, response);
  }

  /**
   * The header or, on a GET, the query parameter {@code justificacion} (the folio page's reason
   * chooser, the links from a filing's page to its folios). A request body is never parsed here.
   */
  private static String justificationOf(HttpServletRequest request) {
    String header = request.getHeader(JUSTIFICATION_HEADER);
    if (header != null || !"GET".equals(request.getMethod())) {
      return header;
    }
    return request.getParameter(JUSTIFICATION_PARAMETER);
  }

  /**
   * The offices of the caller's Keycloak groups (claim {@code oficinas} of their token): where a
   * clerk or registrar may work.
   */
  private static List<String> officesOf(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken().hasClaim(OFFICES_CLAIM)) {
      return oidc.getOidcSecurityContext().getToken().getStringListClaimValue(OFFICES_CLAIM);
    }
    return List.of();
  }

  /** The Keycloak subject of a bearer token or of a signed-in session, for the access log. */
  private static String subjectOf(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      return oidc.getOidcSecurityContext().getToken().getSubject();
    }
    return null;
  }
}
