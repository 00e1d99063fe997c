package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.audit.domain.StaffDirectory;
import mx.gob.qroo.rppc.audit.domain.StaffMember;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * The staff directory the anomaly rules read: the administrator keeps it (user name as in Keycloak,
 * full name, CURP, office); auditors read it. It holds personal data (CURP), so no other role sees
 * it, and every read and change is an access event.
 */
@Stateless
public class StaffRecords {

  /** The directory as read. */
  public record Listing(List<StaffMember> members) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return members.size() + " empleados";
    }
  }

  @Inject StaffDirectory directory;

  @RolesAllowed(Role.ADMIN)
  @Audited(action = AccessAction.UPDATE, resource = ResourceType.STAFF_MEMBER)
  public StaffMember register(
      @AuditResourceId String userName, String fullName, String curp, String office) {
    Violations violations = new Violations();
    String name = violations.require("userName", userName, 100);
    String full = violations.require("fullName", fullName, 200);
    Curp validCurp = violations.parseOptional("curp", curp, Curp::of);
    Office validOffice = violations.parseOptional("office", office, Office::fromCode);
    violations.throwIfAny();
    StaffMember member = new StaffMember(name, full, validCurp, validOffice);
    directory.save(member);
    return member;
  }

  @RolesAllowed({Role.ADMIN, Role.AUDITOR})
  @Audited(action = AccessAction.READ, resource = ResourceType.STAFF_MEMBER)
  public Listing all() {
    return new Listing(directory.all());
  }
}
