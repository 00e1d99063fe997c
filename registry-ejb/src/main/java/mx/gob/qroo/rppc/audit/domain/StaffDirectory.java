package mx.gob.qroo.rppc.audit.domain;

import java.util.List;

/** The staff directory (shared.staff_member). */
public interface StaffDirectory {

  /** Adds the member or replaces what the directory says about them. */
  void save(StaffMember member);

  /** Everyone, by user name. */
  List<StaffMember> all();
}
