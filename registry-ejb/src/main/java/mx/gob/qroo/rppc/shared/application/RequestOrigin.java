package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import mx.gob.qroo.rppc.shared.domain.ClientAddress;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * Where the current request came from, filled in by the web layer before any service runs. Work
 * started inside the server (timers, batch) keeps the defaults.
 */
@RequestScoped
public class RequestOrigin {

  private String clientAddress = "internal";
  private String budgetKey = "internal";
  private String requestId = UUID.randomUUID().toString();
  private String justification;
  private String actorSubject;
  private Set<Office> offices = Set.of();
  private String crossOffice;

  public void identify(String clientAddress, String requestId) {
    if (clientAddress != null && !clientAddress.isBlank()) {
      this.clientAddress = clientAddress;
      this.budgetKey = clientAddress;
    }
    if (requestId != null && !requestId.isBlank()) {
      this.requestId = requestId;
    }
  }

  /** The client as {@link ClientAddresses} decided it, and the request's id. */
  public void identify(ClientAddress client, String requestId) {
    identify(client.toString(), requestId);
    budgetKey = client.budgetKey();
  }

  public String clientAddress() {
    return clientAddress;
  }

  /** Which client the public budgets count this request against (an IPv6 client's /64). */
  public String budgetKey() {
    return budgetKey;
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

  /**
   * The offices the caller's token says they work in (claim {@code oficinas}, from their Keycloak
   * groups); codes that are no office are left out.
   */
  public void worksIn(Collection<String> codes) {
    Set<Office> known = EnumSet.noneOf(Office.class);
    for (String code : codes == null ? List.<String>of() : codes) {
      try {
        known.add(Office.fromCode(code));
      } catch (IllegalArgumentException notAnOffice) {
        // another group of the user's: not an office
      }
    }
    this.offices = Set.copyOf(known);
  }

  /** The caller's offices; empty when the token names none, or for work started in the server. */
  public Set<Office> offices() {
    return offices;
  }

  /**
   * This request read beyond the caller's offices on a justification the rules accept: its access
   * event says so ({@code CROSS_OFFICE}, with why), for the auditors.
   */
  public void crossedOffices(String why) {
    this.crossOffice = why;
  }

  /** Why the request read beyond the caller's offices, once; null when it did not. */
  public String takeCrossOffice() {
    String why = crossOffice;
    crossOffice = null;
    return why;
  }

  /** The caller's Keycloak subject; null when anonymous or for work started inside the server. */
  public String actorSubject() {
    return actorSubject;
  }
}
