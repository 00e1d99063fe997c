package mx.gob.qroo.rppc.audit.domain;

import java.util.Objects;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * A registry employee as the anomaly rules know them: the Keycloak user name, the full name, the
 * CURP (to find staff acting on filings where they are a party; optional) and the office whose
 * working hours apply (optional: the widest hours of all offices then).
 */
public record StaffMember(String userName, String fullName, Curp curp, Office office) {
  public StaffMember {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(fullName, "fullName");
  }
}
