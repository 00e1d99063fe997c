package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.FilingStatistics;
import mx.gob.qroo.rppc.filing.domain.MonthlyStatistic;
import mx.gob.qroo.rppc.shared.infrastructure.Database;

/**
 * One set-based statement. Business days come from a calendar of the whole span numbered by a
 * running count of business days (weekdays that are not in {@code shared.holiday}), so the business
 * days between two dates are the difference of their numbers: no loop per filing. Days and months
 * are Quintana Roo's (America/Cancun). Resolved means inscribed or denied ({@code
 * FilingStatus.isResolution}), closed also withdrawn or lapsed.
 */
@ApplicationScoped
public class SqlFilingStatistics implements FilingStatistics {

  static final String MONTHLY =
      """
      with f as (
        select f.office, f.procedure_type, f.due_date,
               (f.received_at at time zone 'America/Cancun')::date as received_on,
               (select min(t.occurred_at) from filing.filing_transition t
                 where t.filing_id = f.id and t.to_status in ('INSCRIBED', 'DENIED'))
                 at time zone 'America/Cancun' as resolved_at,
               (select min(t.occurred_at) from filing.filing_transition t
                 where t.filing_id = f.id
                   and t.to_status in ('INSCRIBED', 'DENIED', 'WITHDRAWN', 'LAPSED'))
                 at time zone 'America/Cancun' as closed_at
          from filing.filing f
      ), g as (
        select f.*, resolved_at::date as resolved_on, closed_at::date as closed_on from f
      ), span as (
        select min(received_on) as first_day,
               greatest(max(received_on), (now() at time zone 'America/Cancun')::date) as last_day
          from g
      ), calendar as (
        select d::date as day,
               count(*) filter (where extract(isodow from d) < 6 and h.day is null)
                 over (order by d) as n
          from span, generate_series(span.first_day, span.last_day, interval '1 day') d
          left join shared.holiday h on h.day = d::date
      ), happenings as (
        select office, procedure_type, date_trunc('month', received_on)::date as month,
               1 as received, 0 as resolved, null::integer as days, null::integer as on_time,
               0 as closed
          from g
        union all
        select g.office, g.procedure_type, date_trunc('month', g.resolved_on)::date, 0, 1,
               (r.n - s.n)::integer, (g.resolved_on <= g.due_date)::integer, 0
          from g join calendar s on s.day = g.received_on join calendar r on r.day = g.resolved_on
        union all
        select office, procedure_type, date_trunc('month', closed_on)::date, 0, 0, null, null, 1
          from g where closed_on is not null
      ), by_month as (
        select month, office, procedure_type, sum(received) as received,
               sum(resolved) as resolved,
               percentile_cont(0.5) within group (order by days) as median_days,
               percentile_cont(0.9) within group (order by days) as p90_days,
               avg(on_time) as on_time_share, sum(closed) as closed
          from happenings group by month, office, procedure_type
      ), grid as (
        select m::date as month, c.office, c.procedure_type
          from span,
               generate_series(date_trunc('month', span.first_day),
                               date_trunc('month', span.last_day), interval '1 month') m,
               (select distinct office, procedure_type from g) c
      )
      select to_char(grid.month, 'YYYY-MM'), grid.office, grid.procedure_type, p.name,
             coalesce(b.received, 0), coalesce(b.resolved, 0), b.median_days, b.p90_days,
             b.on_time_share,
             sum(coalesce(b.received, 0) - coalesce(b.closed, 0))
               over (partition by grid.office, grid.procedure_type order by grid.month)
        from grid
        join filing.procedure_type p on p.code = grid.procedure_type
        left join by_month b on b.month = grid.month and b.office = grid.office
                            and b.procedure_type = grid.procedure_type
       order by grid.month, grid.office, grid.procedure_type
      """;

  @Inject Database database;

  protected SqlFilingStatistics() {}

  /** Outside the container (database tests). */
  public SqlFilingStatistics(Database database) {
    this.database = database;
  }

  @Override
  public List<MonthlyStatistic> monthly() {
    return database.rows(
        "no se pudieron calcular las estadísticas", MONTHLY, SqlFilingStatistics::statistic);
  }

  private static MonthlyStatistic statistic(ResultSet r) throws SQLException {
    return new MonthlyStatistic(
        YearMonth.parse(r.getString(1)),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getLong(5),
        r.getLong(6),
        (Double) r.getObject(7),
        (Double) r.getObject(8),
        r.getObject(9) == null ? null : r.getBigDecimal(9).doubleValue(),
        r.getLong(10));
  }
}
