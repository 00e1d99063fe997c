package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.domain.Actor;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import mx.gob.qroo.rppc.shared.domain.Role;

/** Who is calling: the authenticated user and the realm roles in force. */
@RequestScoped
public class CallerIdentity {

  @Resource EJBContext ejbContext;
  @Inject RequestOrigin origin;

  public Actor actor() {
    return new Actor(
        name(),
        origin.actorSubject(),
        Role.ALL.stream().filter(ejbContext::isCallerInRole).toList());
  }

  public String name() {
    return ejbContext.getCallerPrincipal().getName();
  }

  public boolean isOnly(String role) {
    return actor().roles().equals(java.util.List.of(role));
  }
}
