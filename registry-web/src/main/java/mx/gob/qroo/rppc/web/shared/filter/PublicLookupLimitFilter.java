package mx.gob.qroo.rppc.web.shared.filter;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mx.gob.qroo.rppc.shared.application.PublicLookups;
import mx.gob.qroo.rppc.shared.domain.LookupBudget;

/**
 * Answers 429 with {@code Retry-After} to an address that has spent its budget of lookups by code
 * ({@link PublicLookups}): the tracking page {@code /tramite/{code}} and the property alerts' forms
 * (a readable page) and {@code GET /api/public/filings/{code}} (problem details) draw on the same
 * budget. Other requests are not counted.
 */
@WebFilter(urlPatterns = "/*")
public class PublicLookupLimitFilter extends HttpFilter {

  /** Paths, inside either archive, of a lookup by code; true for the API's. */
  private static final String API_LOOKUP = "/public/filings/";

  private static final String PAGE_LOOKUP = "/tramite/";

  /** Subscribing a folio to property alerts tells whether the folio exists: counted too. */
  private static final String ALERT_REQUEST = "/alerta-inmobiliaria/accion/";

  /** Certificates are looked up by their codes too. */
  private static final String CERTIFICATE_LOOKUP = "/verificar/";

  @Inject PublicLookups lookups;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith(API_LOOKUP) && "/api".equals(request.getContextPath());
    boolean page =
        (path.startsWith(PAGE_LOOKUP)
                || path.startsWith(ALERT_REQUEST)
                || path.startsWith(CERTIFICATE_LOOKUP))
            && request.getContextPath().isEmpty();
    if (api || page) {
      LookupBudget.Decision decision = lookups.spend(request.getRemoteAddr());
      if (!decision.allowed()) {
        refuse(response, decision.retryAfterSeconds(), api);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, long seconds, boolean api)
      throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setHeader("Cache-Control", "no-store");
    String wait = "Espere " + seconds + (seconds == 1 ? " segundo" : " segundos");
    byte[] body;
    if (api) {
      response.setContentType("application/problem+json");
      body =
          ("{\"type\":\"https://rppc.qroo.gob.mx/problemas/demasiadas-consultas\",\"title\":\"Demasiadas consultas\",\"status\":429,"
                  + "\"detail\":\"Se hicieron demasiadas consultas desde su dirección. "
                  + wait
                  + " y vuelva a intentarlo.\"}")
              .getBytes(StandardCharsets.UTF_8);
    } else {
      response.setContentType("text/html;charset=UTF-8");
      body = TooManyLookupsPage.html(wait).getBytes(StandardCharsets.UTF_8);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
