package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.FilingQueries;
import mx.gob.qroo.rppc.filing.application.FilingView;
import mx.gob.qroo.rppc.shared.domain.Role;

/** Back-office home: who is signed in and the latest filings their role may see. */
@Named
@RequestScoped
public class LatestFilingsPage {

  static final int SHOWN = 25;

  @Inject FilingQueries queries;
  @Inject HttpServletRequest request;

  private List<FilingView> filings;
  private boolean denied;

  public List<FilingView> getFilings() {
    if (filings == null && !denied) {
      try {
        filings = queries.latest(SHOWN);
      } catch (EJBAccessException e) {
        DeniedPageAccess.record();
        denied = true;
        filings = List.of();
      }
    }
    return filings;
  }

  public boolean isDenied() {
    getFilings();
    return denied;
  }

  public String getUserName() {
    return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
  }

  public String getRoles() {
    return String.join(", ", Role.ALL.stream().filter(request::isUserInRole).toList());
  }

  public String receivedAt(FilingView filing) {
    return DisplayTimes.of(filing.receivedAt());
  }
}
