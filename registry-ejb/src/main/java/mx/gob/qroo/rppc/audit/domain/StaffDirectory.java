package mx.gob.qroo.rppc.audit.domain;

import java.util.List;
import java.util.Optional;

/** The staff directory (shared.staff_member). */
public interface StaffDirectory {

  /** Adds the member or replaces what the directory says about them. */
  void save(StaffMember member);

  /** One member, by user name. */
  Optional<StaffMember> find(String userName);

  /** Everyone, by user name. */
  List<StaffMember> all();
}
