package mx.gob.qroo.rppc.web.shared.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mx.gob.qroo.rppc.shared.domain.TooManyRequestsException;

/**
 * A citizen page whose lookup was refused for want of budget (the services spend it, see {@code
 * PublicLookups}) answers 429 with {@code Retry-After} and a page saying how long to wait, whatever
 * wrapped the refusal on its way out (Faces, EL, a forward). The API maps it to problem details.
 */
@WebFilter(urlPatterns = "/*")
public class TooManyLookupsFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      TooManyRequestsException refused = refusal(e);
      if (refused == null || response.isCommitted()) {
        throw e;
      }
      refuse(response, refused);
    }
  }

  private static TooManyRequestsException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooManyRequestsException refused) {
        return refused;
      }
    }
    return null;
  }

  private static void refuse(HttpServletResponse response, TooManyRequestsException refused)
      throws IOException {
    response.resetBuffer(); // the security headers and the request id stay
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    byte[] body =
        TooManyLookupsPage.html(refused.retryAfterSeconds()).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
