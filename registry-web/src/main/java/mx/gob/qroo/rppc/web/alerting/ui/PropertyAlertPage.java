package mx.gob.qroo.rppc.web.alerting.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import mx.gob.qroo.rppc.alerting.application.PropertyAlerts;
import mx.gob.qroo.rppc.alerting.domain.Subscription;

/**
 * What the Alerta Inmobiliaria pages show: the form's outcome ({@code estado}, {@code error}), or
 * the subscription behind a link's token ({@code t}) and whether the change was just made ({@code
 * hecho}). Never the e-mail address in full: whoever holds a link sees it masked.
 */
@Named
@RequestScoped
public class PropertyAlertPage {

  @Inject PropertyAlerts alerts;

  private Map<String, String> params;
  private Subscription subscription;

  public void load() {
    params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    subscription = alerts.find(params.get("t")).orElse(null);
    if (params.get("t") != null && subscription == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public boolean isSent() {
    return "enviada".equals(params.get("estado"));
  }

  /** A confirmation asked for today still waits: nothing new was sent. */
  public boolean isOnItsWay() {
    return "en-camino".equals(params.get("estado"));
  }

  /** What was wrong with the form, in words (only the page's own messages, never echoed text). */
  public String getError() {
    String field = params.get("error");
    if ("correo".equals(field)) {
      return "Escriba un correo electrónico válido, por ejemplo nombre@dominio.mx.";
    }
    if ("folio".equals(field)) {
      return "No encontramos ese folio. Escríbalo como aparece en su boleta o certificado,"
          + " por ejemplo CUN-FR-000123.";
    }
    if ("limite-folio".equals(field)) {
      return "Hoy ya se pidieron muchas alertas para este folio. Vuelva a intentarlo mañana.";
    }
    return null;
  }

  public String getFolio() {
    return params.get("folio");
  }

  public String getToken() {
    return subscription == null ? null : subscription.token();
  }

  public boolean isFound() {
    return subscription != null;
  }

  public boolean isDone() {
    return "1".equals(params.get("hecho"));
  }

  public boolean isConfirmed() {
    return subscription != null && subscription.confirmed() && !subscription.cancelled();
  }

  public boolean isCancelled() {
    return subscription != null && subscription.cancelled();
  }

  public String getWatchedFolio() {
    return subscription == null ? null : subscription.folioNumber();
  }

  /** The address with most of its local part hidden: {@code c•••@dominio.mx}. */
  public String getMaskedEmail() {
    if (subscription == null) {
      return null;
    }
    String email = subscription.email();
    int at = email.indexOf('@');
    return email.charAt(0) + "•••" + email.substring(at);
  }
}
