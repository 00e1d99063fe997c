package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The API's error page for 401: the OIDC layer refuses a request without a valid bearer token
 * before any JAX-RS code runs, and the container's page would be HTML. This answers, for any
 * method, the same RFC 9457 problem every other API error is.
 */
@WebServlet("/problemas/no-autenticado")
public class UnauthenticatedProblemServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Problem problem =
        new Problem(
            Problem.TYPE_BASE + "no-autenticado",
            "Se requiere autenticación",
            HttpServletResponse.SC_UNAUTHORIZED,
            "Envíe un token de acceso vigente de Keycloak (realm rppc) en el encabezado"
                + " Authorization: Bearer …",
            original == null ? null : original.toString(),
            List.of(),
            null);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
    response.getOutputStream().write(JSON.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }
}
