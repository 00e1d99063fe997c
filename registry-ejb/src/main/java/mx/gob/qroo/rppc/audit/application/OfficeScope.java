package mx.gob.qroo.rppc.audit.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.OutsideOfficeException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * Which offices the caller may work on. Clerks and registrars are bound to the offices of their
 * Keycloak groups (claim {@code oficinas}; none named, none allowed); auditors and administrators
 * work state-wide, and so do planners, who see no personal data anyway. Work started inside the
 * server (timers, batches) has no caller to bind.
 */
@RequestScoped
public class OfficeScope {

  @Inject CallerIdentity caller;
  @Inject RequestOrigin origin;

  /** Whether the caller's reach is limited to their offices. */
  public boolean bound() {
    var roles = caller.actor().roles();
    boolean staffOfAnOffice = roles.contains(Role.CAPTURISTA) || roles.contains(Role.REGISTRADOR);
    return staffOfAnOffice && !roles.contains(Role.ADMIN) && !roles.contains(Role.AUDITOR);
  }

  /** The offices a bound caller works in (all four for everyone else). */
  public Set<Office> offices() {
    return bound() ? origin.offices() : Set.of(Office.values());
  }

  /**
   * The office to offer first (at the counter, in the work queue): the caller's own when they work
   * in some offices only; otherwise Cancún's, the busiest.
   */
  public Office home() {
    Set<Office> reach = offices();
    if (reach.isEmpty() || reach.size() == Office.values().length) {
      return Office.CUN;
    }
    return reach.stream().sorted().findFirst().orElseThrow();
  }

  public boolean covers(Office office) {
    return !bound() || origin.offices().contains(office);
  }

  /** Refuses {@code what} (a filing, a folio, a queue) of an office the caller does not work in. */
  public void require(Office office, String what) {
    if (!covers(office)) {
      throw new OutsideOfficeException(
          AccessEvent.OUTSIDE_OFFICE_DETAIL
              + what
              + " es de la oficina de "
              + office.displayName()
              + "; usted trabaja en "
              + describe(origin.offices()));
    }
  }

  /** Marks this request's read as beyond the caller's offices, on the justification given. */
  public void allowCrossing(Office office, String what, String justification) {
    origin.crossedOffices(
        what
            + " es de la oficina de "
            + office.displayName()
            + "; leído por "
            + caller.name()
            + " ("
            + describe(origin.offices())
            + ") con la justificación "
            + justification);
  }

  private static String describe(Set<Office> offices) {
    return offices.isEmpty()
        ? "ninguna oficina"
        : offices.stream().map(Office::displayName).sorted().collect(Collectors.joining(", "));
  }
}
