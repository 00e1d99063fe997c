package mx.gob.qroo.rppc.audit.domain;

import java.util.List;
import java.util.Objects;

/**
 * The authenticated staff member behind an access: the user name, the Keycloak subject (the token's
 * {@code sub}, stable when a user is renamed; null for work started inside the server) and the
 * realm roles in force.
 */
public record Actor(String name, String subject, List<String> roles) {
  public Actor {
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
  }
}
