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
import java.util.UUID;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Tells the application services where the request came from and why (header {@code
 * X-Justification}, for the access log) and gives it an id, returned in {@code X-Request-Id} so a
 * user can quote it.
 */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  public static final String JUSTIFICATION_HEADER = "X-Justification";

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = UUID.randomUUID().toString();
    origin.identify(request.getRemoteAddr(), requestId);
    origin.justify(request.getHeader(JUSTIFICATION_HEADER));
    origin.authenticatedAs(subjectOf(request.getUserPrincipal()));
    response.setHeader(REQUEST_ID_HEADER, requestId);
    chain.doFilter(request, response);
  }

  /** The Keycloak subject of a bearer token or of a signed-in session, for the access log. */
  private static String subjectOf(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      return oidc.getOidcSecurityContext().getToken().getSubject();
    }
    return null;
  }
}
