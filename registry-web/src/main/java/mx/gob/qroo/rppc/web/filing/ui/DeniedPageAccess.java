package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import mx.gob.qroo.rppc.audit.application.DeniedAccessLog;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;

/**
 * A back-office page whose service refused the user's role: the attempt goes to the access log
 * (outcome DENIED), with the resource the page shows, as the API's refusals do.
 */
final class DeniedPageAccess {

  private static final Map<String, ResourceType> PAGES =
      Map.of(
          "recepcion.xhtml", ResourceType.FILING,
          "bandeja.xhtml", ResourceType.FILING,
          "calificacion.xhtml", ResourceType.FILING,
          "index.xhtml", ResourceType.FILING,
          "folio.xhtml", ResourceType.FOLIO,
          "catalogos.xhtml", ResourceType.CATALOGUE,
          "alertas.xhtml", ResourceType.ALERT,
          "alerta.xhtml", ResourceType.ALERT,
          "bitacora.xhtml", ResourceType.ACCESS_LOG,
          "documento.xhtml", ResourceType.DOCUMENT);

  private DeniedPageAccess() {}

  static void record() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String path = request.getRequestURI();
    String page = path.substring(path.lastIndexOf('/') + 1);
    CDI.current()
        .select(DeniedAccessLog.class)
        .get()
        .record(
            "GET".equals(request.getMethod()) ? AccessAction.READ : AccessAction.UPDATE,
            PAGES.getOrDefault(page.isEmpty() ? "index.xhtml" : page, ResourceType.FILING),
            null,
            request.getMethod() + " " + path);
  }
}
