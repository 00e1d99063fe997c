package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.OfficeReach;
import mx.gob.qroo.rppc.filing.application.FilingQueries;
import mx.gob.qroo.rppc.filing.application.FilingView;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * Bandeja de trabajo: an office's pending filings in prelación order, a page at a time. The office
 * and the page are in the address (a plain GET form and links: no script), and the office offered
 * first is the user's own.
 */
@Named
@RequestScoped
public class QueuePage {

  static final int PAGE = 25;

  @Inject FilingQueries queries;
  @Inject OfficeReach offices;

  private String office;
  private int offset;
  private FilingQueries.QueuePage page;

  public void load() {
    if (office == null || office.isBlank()) {
      office = offices.home().name();
    }
    page = Messages.attempt(() -> queries.queue(office, List.of(), Math.max(0, offset), PAGE));
  }

  /** CSS class of a row by its term: en tiempo, por vencer, vencido. */
  public String termClass(FilingView filing) {
    return filing.termState() == null
        ? ""
        : "plazo-" + filing.termState().name().toLowerCase().replace('_', '-');
  }

  public String termLabel(FilingView filing) {
    return filing.termState() == null ? "" : filing.termState().label();
  }

  public String receivedAt(FilingView filing) {
    return DisplayTimes.of(filing.receivedAt());
  }

  /** The offices the user works in (all four for state-wide roles). */
  public List<Office> getOffices() {
    return offices.offices();
  }

  public FilingQueries.QueuePage getPage() {
    return page;
  }

  public boolean hasNext() {
    return page != null && offset + page.filings().size() < page.total();
  }

  public int getNextOffset() {
    return offset + PAGE;
  }

  public int getPreviousOffset() {
    return Math.max(0, offset - PAGE);
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public int getOffset() {
    return offset;
  }

  public void setOffset(int offset) {
    this.offset = offset;
  }
}
