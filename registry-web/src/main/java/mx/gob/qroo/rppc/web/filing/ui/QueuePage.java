package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.filing.application.FilingQueries;
import mx.gob.qroo.rppc.filing.application.FilingView;
import mx.gob.qroo.rppc.shared.domain.Office;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Bandeja de trabajo: an office's pending filings, lazily paged, in prelación order. */
@Named
@ViewScoped
public class QueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingQueries queries;

  private String office = "CUN";
  private final LazyDataModel<FilingView> filings = new Lazy();

  private class Lazy extends LazyDataModel<FilingView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) queries.queue(office, List.of(), 0, 1).total();
    }

    @Override
    public List<FilingView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = queries.queue(office, List.of(), first, pageSize);
      setRowCount((int) page.total());
      return page.filings();
    }

    @Override
    public String getRowKey(FilingView filing) {
      return filing.entryNumber();
    }
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

  public List<Office> getOffices() {
    return List.of(Office.values());
  }

  public LazyDataModel<FilingView> getFilings() {
    return filings;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }
}
