package mx.gob.qroo.rppc.web.alerting.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import mx.gob.qroo.rppc.alerting.application.PropertyAlerts;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;

/**
 * The Alerta Inmobiliaria forms post here (plain HTML forms: no JavaScript, no session), and each
 * answer is a redirect to the page that says what happened (post, redirect, get): {@code
 * accion/suscribir}, {@code accion/confirmar}, {@code accion/cancelar}. Confirming and cancelling
 * take a POST, never a GET, so that a mail scanner following links changes nothing.
 */
@WebServlet("/alerta-inmobiliaria/accion/*")
public class PropertyAlertServlet extends HttpServlet {

  @Inject PropertyAlerts alerts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String action = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token = request.getParameter("t");
    String target;
    switch (action) {
      case "/suscribir" -> {
        String folio = request.getParameter("folio");
        try {
          target =
              switch (alerts.subscribe(folio, request.getParameter("correo"))) {
                case SENT -> "/alerta-inmobiliaria/?estado=enviada";
                case ALREADY_ON_ITS_WAY -> "/alerta-inmobiliaria/?estado=en-camino";
                case FOLIO_LIMIT -> "/alerta-inmobiliaria/?error=limite-folio";
              };
        } catch (InvalidRequestException e) {
          target =
              "/alerta-inmobiliaria/?error="
                  + encode(e.violations().get(0).field())
                  + "&folio="
                  + encode(folio == null ? "" : folio.strip());
        }
      }
      case "/confirmar" -> target = page("confirmar", token, () -> alerts.confirm(token));
      case "/cancelar" -> target = page("baja", token, () -> alerts.cancel(token));
      default -> {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + target);
  }

  private static String page(String page, String token, Runnable change) {
    try {
      change.run();
      return "/alerta-inmobiliaria/" + page + ".xhtml?t=" + encode(token) + "&hecho=1";
    } catch (ResourceNotFoundException e) {
      return "/alerta-inmobiliaria/" + page + ".xhtml?t=" + encode(token == null ? "" : token);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
