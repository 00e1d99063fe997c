package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;
import mx.gob.qroo.rppc.web.shared.ui.CodeForm;

/**
 * The citizen's addresses: {@code /tramite/{code}} shows the procedure (rendered by {@code
 * tramite.xhtml}, which looks up only the code this servlet hands it, so every lookup passes the
 * lookup budget's filter); {@code /tramite?codigo=...}, what the form sends without JavaScript,
 * redirects there, with the code written as printed on the receipt when it is one.
 */
@WebServlet("/tramite/*")
public class TrackingServlet extends HttpServlet {

  /** The request attribute that carries the code from the path to the page. */
  static final String CODE = TrackingServlet.class.getName() + ".code";

  static final String PAGE = "/tramite.xhtml";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    if (path == null || path.length() <= 1) {
      CodeForm.redirect(request, response, "/tramite", "/", TrackingServlet::canonical);
      return;
    }
    request.setAttribute(CODE, path.substring(1));
    request.getRequestDispatcher(PAGE).forward(request, response);
  }

  /** The code as printed on the receipt when it is one; else null. */
  private static String canonical(String typed) {
    try {
      return TrackingCode.parse(typed).value();
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
