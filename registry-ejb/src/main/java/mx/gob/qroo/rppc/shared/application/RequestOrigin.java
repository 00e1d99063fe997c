package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Where the current request came from, filled in by the web layer before any service runs. Work
 * started inside the server (timers, batch) keeps the defaults.
 */
@RequestScoped
public class RequestOrigin {

  private String clientAddress = "internal";
  private String requestId = UUID.randomUUID().toString();
  private String justification;
  private String actorSubject;

  public void identify(String clientAddress, String requestId) {
    if (clientAddress != null && !clientAddress.isBlank()) {
      this.clientAddress = clientAddress;
    }
    if (requestId != null && !requestId.isBlank()) {
      this.requestId = requestId;
    }
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String requestId() {
    return requestId;
  }

  /** What the caller gave as the reason for this request (header X-Justification), unchecked. */
  public void justify(String text) {
    this.justification = text;
  }

  public String justification() {
    return justification;
  }

  /** The Keycloak subject (the token's {@code sub}) of the authenticated caller. */
  public void authenticatedAs(String subject) {
    this.actorSubject = subject;
  }

  /** The caller's Keycloak subject; null when anonymous or for work started inside the server. */
  public String actorSubject() {
    return actorSubject;
  }
}
