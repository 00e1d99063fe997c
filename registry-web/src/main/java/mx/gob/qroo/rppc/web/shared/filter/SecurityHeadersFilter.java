package mx.gob.qroo.rppc.web.shared.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser's side of the trust boundary, on every page and API answer: scripts only from this
 * origin and never inline (so a name someone typed cannot run as script even where a page forgot to
 * escape it), no framing by other sites, no content sniffing, no referrer beyond the origin. The
 * document viewer's own files may be framed by the viewer page (same origin) and nothing else.
 * Strict-Transport-Security is sent on requests that arrived over TLS (docs/security.md says what a
 * proxy that ends TLS must do).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; object-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; connect-src 'self'; frame-src 'self'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors ";

  /** Where the viewer embeds a document's bytes (an {@code <object>} of the page). */
  private static final String EMBEDDED_FILES = "/backoffice/documentos/archivo/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean embedded =
        request.getRequestURI().startsWith(request.getContextPath() + EMBEDDED_FILES);
    response.setHeader("Content-Security-Policy", POLICY + (embedded ? "'self'" : "'none'"));
    response.setHeader("X-Frame-Options", embedded ? "SAMEORIGIN" : "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
