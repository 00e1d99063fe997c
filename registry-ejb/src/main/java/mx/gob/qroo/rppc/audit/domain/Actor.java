package mx.gob.qroo.rppc.audit.domain;

import java.util.List;
import java.util.Objects;

/** The authenticated staff member behind an access, with the realm roles in force. */
public record Actor(String name, List<String> roles) {
  public Actor {
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
  }
}
