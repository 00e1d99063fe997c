package mx.gob.qroo.rppc.web.shared.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The citizen pages' look-up forms work without JavaScript: a GET with the typed code ({@code
 * codigo}) is answered with a redirect to the code's own address, so the answer can be bookmarked
 * and shared.
 */
public final class CodeForm {

  private CodeForm() {}

  /**
   * Redirects (303) to {@code base + "/" + code}: the code as {@code canonical} writes it when it
   * can (null when it cannot), else what was typed, encoded as a path segment; to {@code empty}
   * when nothing was typed.
   */
  public static void redirect(
      HttpServletRequest request,
      HttpServletResponse response,
      String base,
      String empty,
      UnaryOperator<String> canonical) {
    String typed = request.getParameter("codigo");
    String target;
    if (typed == null || typed.isBlank()) {
      target = empty;
    } else {
      String code = canonical.apply(typed);
      target =
          base
              + "/"
              + (code != null
                  ? code
                  : URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + target);
  }
}
