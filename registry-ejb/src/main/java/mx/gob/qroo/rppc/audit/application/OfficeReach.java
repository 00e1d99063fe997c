package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * The caller's offices for the pages (the counter, the work queue), which must offer only those: an
 * enterprise bean, since the caller's roles are known inside one.
 */
@Stateless
@PermitAll
public class OfficeReach {

  @Inject OfficeScope scope;

  /** The offices the caller works in, in the registry's order (all four for state-wide roles). */
  public List<Office> offices() {
    return List.of(Office.values()).stream().filter(scope::covers).toList();
  }

  /** The office to offer first: the caller's own, else Cancún's. */
  public Office home() {
    return scope.home();
  }
}
