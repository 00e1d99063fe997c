package mx.gob.qroo.rppc.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.filing.domain.FilingStatistics;
import mx.gob.qroo.rppc.filing.domain.MonthlyStatistic;
import mx.gob.qroo.rppc.shared.domain.CsvLine;

/**
 * Datos abiertos: the registry's figures for anyone (counts and business days, never a person).
 * Computed from the filings at most every {@link #FRESH_FOR} per node, so that anonymous readers
 * cannot make the database compute them on every request.
 */
@ApplicationScoped
public class OpenStatistics {

  static final Duration FRESH_FOR = Duration.ofMinutes(10);

  /** The CSV's columns, in order; described in {@code estadisticas.schema.json}. */
  public static final List<String> COLUMNS =
      List.of(
          "mes",
          "oficina",
          "tipo_tramite",
          "tipo_tramite_nombre",
          "recibidos",
          "resueltos",
          "dias_habiles_mediana",
          "dias_habiles_p90",
          "proporcion_en_plazo",
          "rezago");

  @Inject FilingStatistics statistics;
  @Inject Clock clock;

  private volatile Snapshot latest;

  /** The figures and when they were computed. */
  public record Snapshot(Instant computedAt, List<MonthlyStatistic> rows) {}

  public Snapshot current() {
    Snapshot held = latest;
    Instant now = clock.instant();
    if (held == null || held.computedAt().plus(FRESH_FOR).isBefore(now)) {
      synchronized (this) {
        held = latest;
        if (held == null || held.computedAt().plus(FRESH_FOR).isBefore(now)) {
          held = new Snapshot(now, statistics.monthly());
          latest = held;
        }
      }
    }
    return held;
  }

  /** The figures as CSV (RFC 4180, UTF-8, a header line with {@link #COLUMNS}). */
  public String csv() {
    StringBuilder csv = new StringBuilder(CsvLine.of(COLUMNS.toArray(String[]::new)));
    for (MonthlyStatistic s : current().rows()) {
      csv.append(
          CsvLine.of(
              s.month().toString(),
              s.office(),
              s.procedureType(),
              s.procedureTypeName(),
              Long.toString(s.received()),
              Long.toString(s.resolved()),
              decimal(s.medianBusinessDays()),
              decimal(s.p90BusinessDays()),
              share(s.onTimeShare()),
              Long.toString(s.backlog())));
    }
    return csv.toString();
  }

  private static String decimal(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String share(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
  }
}
