package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.qroo.rppc.audit.application.PublicAuditLog;
import mx.gob.qroo.rppc.filing.application.OpenStatistics;
import mx.gob.qroo.rppc.filing.domain.MonthlyStatistic;

/**
 * The open data page ({@code /datos-abiertos/}): the last twelve months in a chart and a table, one
 * month's detail by office and procedure type (parameter {@code mes}, the latest by default), the
 * downloads and the access log's latest signed checkpoint.
 */
@Named
@RequestScoped
public class OpenDataPage {

  private static final int MONTHS_SHOWN = 12;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM yy", Locale.forLanguageTag("es-MX"));

  @Inject OpenStatistics statistics;
  @Inject PublicAuditLog auditLog;

  private OpenStatistics.Snapshot snapshot;
  private List<MonthTotal> months;
  private YearMonth selected;
  private String message;

  /** A month over every office and procedure type. */
  public record MonthTotal(
      YearMonth month, String name, long received, long resolved, String onTime, long backlog) {}

  /** One row of the month's detail, written for people. */
  public record DetailRow(
      String office,
      String procedureType,
      long received,
      long resolved,
      String median,
      String p90,
      String onTime,
      long backlog) {}

  /** Reads the figures once per request, as the page renders. */
  public void load() {
    snapshot = statistics.current();
    Map<YearMonth, List<MonthlyStatistic>> byMonth = new LinkedHashMap<>();
    for (MonthlyStatistic s : snapshot.rows()) {
      byMonth.computeIfAbsent(s.month(), m -> new ArrayList<>()).add(s);
    }
    List<MonthTotal> all = new ArrayList<>();
    byMonth.forEach((month, rows) -> all.add(total(month, rows)));
    months = all.subList(Math.max(0, all.size() - MONTHS_SHOWN), all.size());
    selected = months.isEmpty() ? null : months.get(months.size() - 1).month();
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mes");
    if (asked != null && !asked.isBlank()) {
      try {
        YearMonth month = YearMonth.parse(asked.strip());
        if (byMonth.containsKey(month)) {
          selected = month;
        } else {
          message = "No hay cifras de " + MONTH.format(month) + "; se muestra el mes más reciente.";
        }
      } catch (DateTimeParseException e) {
        message = "El mes se escribe AAAA-MM, por ejemplo 2026-11; se muestra el mes más reciente.";
      }
    }
  }

  private static MonthTotal total(YearMonth month, List<MonthlyStatistic> rows) {
    long received = 0;
    long resolved = 0;
    long backlog = 0;
    double onTime = 0;
    for (MonthlyStatistic s : rows) {
      received += s.received();
      resolved += s.resolved();
      backlog += s.backlog();
      if (s.onTimeShare() != null) {
        onTime += s.onTimeShare() * s.resolved();
      }
    }
    return new MonthTotal(
        month,
        MONTH.format(month),
        received,
        resolved,
        resolved == 0 ? "—" : percent(onTime / resolved),
        backlog);
  }

  public List<MonthTotal> getMonths() {
    return months;
  }

  /** Received and resolved per month, as an SVG chart. */
  public String getChart() {
    return BarChart.svg(
        "recibidos-resueltos",
        "Solicitudes recibidas y resueltas por mes, todas las oficinas",
        months.stream().map(m -> SHORT_MONTH.format(m.month())).toList(),
        List.of(
            new BarChart.Series(
                "Recibidas", "#7a1530", months.stream().map(MonthTotal::received).toList()),
            new BarChart.Series(
                "Resueltas", "#0b6b3a", months.stream().map(MonthTotal::resolved).toList())));
  }

  public String getSelectedMonth() {
    return selected == null ? null : selected.toString();
  }

  public String getSelectedMonthName() {
    return selected == null ? null : MONTH.format(selected);
  }

  /** The selected month by office and procedure type, leaving out what had no activity. */
  public List<DetailRow> getDetail() {
    return snapshot.rows().stream()
        .filter(s -> s.month().equals(selected))
        .filter(s -> s.received() + s.resolved() + s.backlog() > 0)
        .map(
            s ->
                new DetailRow(
                    s.office(),
                    s.procedureTypeName(),
                    s.received(),
                    s.resolved(),
                    days(s.medianBusinessDays()),
                    days(s.p90BusinessDays()),
                    s.onTimeShare() == null ? "—" : percent(s.onTimeShare()),
                    s.backlog()))
        .toList();
  }

  public String getMessage() {
    return message;
  }

  public String getComputedAt() {
    return DisplayTimes.of(snapshot.computedAt());
  }

  /** The access log's latest signed checkpoint (a signed note), or null while there is none. */
  public String getCheckpoint() {
    return auditLog.latestCheckpoint().orElse(null);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  private static String days(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
  }
}
