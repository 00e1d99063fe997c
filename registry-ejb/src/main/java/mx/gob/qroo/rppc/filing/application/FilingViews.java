package mx.gob.qroo.rppc.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.shared.application.BusinessCalendars;
import mx.gob.qroo.rppc.shared.domain.LegalTerm;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.TermState;

/** Builds staff views of filings with their term state as of today in Quintana Roo. */
@ApplicationScoped
public class FilingViews {

  @Inject BusinessCalendars calendars;
  @Inject Clock clock;

  public FilingView of(Filing filing) {
    return FilingView.of(filing, termState(filing));
  }

  /** On time, at risk or overdue while pending; null once resolved. */
  TermState termState(Filing filing) {
    if (!filing.status().isPending()) {
      return null;
    }
    LocalDate received = RegistryTime.local(filing.receivedAt()).toLocalDate();
    LocalDate today = RegistryTime.local(clock.instant()).toLocalDate();
    var calendar = calendars.around(received);
    return new LegalTerm(received, filing.termBusinessDays(), filing.dueDate())
        .stateOn(today, calendar);
  }
}
