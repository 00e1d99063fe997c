package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.audit.domain.Alert;
import mx.gob.qroo.rppc.audit.domain.AlertQuery;
import mx.gob.qroo.rppc.audit.domain.AlertReview;
import mx.gob.qroo.rppc.audit.domain.AlertStatus;
import mx.gob.qroo.rppc.audit.domain.Alerts;
import mx.gob.qroo.rppc.audit.domain.AnomalyRule;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/** The anomaly rules run in PostgreSQL, set-based; alerts and reviews in schema oversight. */
@ApplicationScoped
public class SqlAlerts implements Alerts {

  private static final String WINDOW =
      "with w as (select cast(? as bigint) as from_leaf, cast(? as bigint) as to_leaf,"
          + " cast(? as timestamptz) as from_resolved, cast(? as timestamptz) as to_resolved),"
          // the leaf range again as plain parameters: the planner then sees how few leaves it is
          // and reads the events by id instead of scanning the whole log
          + " new_events as (select e.* from audit.log_leaf l"
          + " join audit.access_event e on e.id = l.event_id"
          + " where l.leaf_index >= cast(? as bigint) and l.leaf_index < cast(? as bigint))";

  private static final String COUNT_READS =
      WINDOW
          + " insert into oversight.hourly_reads (actor, hour, roles, reads)"
          + " select actor, date_trunc('hour', occurred_at), max(roles), count(*) from new_events"
          + " where action in ('READ', 'SEARCH', 'EXPORT') and roles <> '' group by 1, 2"
          + " on conflict (actor, hour) do update"
          + " set reads = oversight.hourly_reads.reads + excluded.reads, roles = excluded.roles";

  /**
   * Raises the alerts a rule's hits make (or joins them to existing ones); returns how many new.
   */
  private static final String RAISE =
      """
      , hits as (%s),
      fresh as (
        insert into oversight.alert (rule, actor, scope, summary, detected_at)
        select distinct on (actor, scope) cast(? as varchar), actor, scope, summary, cast(? as timestamptz)
          from hits order by actor, scope, event_id
        on conflict (rule, actor, scope) do nothing
        returning id, actor, scope),
      targets as (
        select id, actor, scope from fresh
        union all
        select a.id, a.actor, a.scope from oversight.alert a where a.rule = cast(? as varchar)),
      linked as (
        insert into oversight.alert_event (alert_id, event_id)
        select distinct t.id, h.event_id from hits h join targets t using (actor, scope)
        on conflict do nothing
        returning 1)
      select (select count(*) from fresh), (select count(*) from linked)
      """;

  private static final String ALERT_COLUMNS =
      "a.id, a.rule, a.actor, a.scope, a.summary, a.detected_at,"
          + " (select count(*) from oversight.alert_event x where x.alert_id = a.id),"
          + " coalesce((select r.status from oversight.alert_review r where r.alert_id = a.id"
          + " order by r.position desc limit 1), 'OPEN') as status";

  private static final String MATCHING =
      " from oversight.alert a where (cast(? as varchar) is null or a.rule = ?)"
          + " and (cast(? as text) is null or a.actor = ?)";

  private static final Logger LOG = Logger.getLogger(SqlAlerts.class.getName());

  /** A run slower than this is logged with each rule's time. */
  private static final long SLOW_RUN_MS = 1_000;

  @Inject Database database;

  protected SqlAlerts() {}

  /** Outside the container (database tests). */
  public SqlAlerts(Database database) {
    this.database = database;
  }

  @Override
  public Optional<DetectionRun> detect(Instant now, Instant resolvedBefore) {
    return work(
        c -> {
          boolean mine =
              Jdbc.first(
                      c,
                      "select pg_try_advisory_xact_lock(hashtextextended('anomaly-rules', 0))",
                      r -> r.getBoolean(1))
                  .orElseThrow();
          if (!mine) {
            return Optional.empty();
          }
          // the rules' estimates over a growing log can trip PostgreSQL's JIT, whose compiling
          // costs far more than these index-driven queries take to run
          Jdbc.update(c, "set local jit = off");
          Object[] last =
              Jdbc.first(
                      c,
                      "select through_leaf, through_resolved from oversight.detection_run"
                          + " order by id desc limit 1",
                      r -> new Object[] {r.getLong(1), r.getTimestamp(2)})
                  .orElse(new Object[] {0L, Timestamp.from(Instant.EPOCH)});
          long toLeaf =
              Jdbc.first(
                      c,
                      "select coalesce(max(leaf_index) + 1, 0) from audit.log_leaf",
                      r -> r.getLong(1))
                  .orElseThrow();
          Timestamp fromResolved = (Timestamp) last[1];
          Timestamp toResolved = Timestamp.from(resolvedBefore);
          if (toResolved.before(fromResolved)) {
            toResolved = fromResolved;
          }
          Object[] window = {last[0], toLeaf, fromResolved, toResolved, last[0], toLeaf};
          Jdbc.update(c, COUNT_READS, window);
          int fresh = 0;
          long started = System.nanoTime();
          StringBuilder timings = new StringBuilder();
          for (AnomalyRule rule : AnomalyRule.values()) {
            long ruleStarted = System.nanoTime();
            fresh += raise(c, rule, window, now);
            timings
                .append(' ')
                .append(rule)
                .append(' ')
                .append(millisSince(ruleStarted))
                .append(" ms");
          }
          if (millisSince(started) > SLOW_RUN_MS) {
            LOG.info(
                "reglas de anomalías sobre las hojas ["
                    + last[0]
                    + ", "
                    + toLeaf
                    + "): "
                    + millisSince(started)
                    + " ms;"
                    + timings);
          }
          Jdbc.update(
              c,
              "insert into oversight.detection_run"
                  + " (ran_at, through_leaf, through_resolved, alerts_new) values (?, ?, ?, ?)",
              Timestamp.from(now),
              toLeaf,
              toResolved,
              fresh);
          return Optional.of(new DetectionRun(toLeaf, toResolved.toInstant(), fresh));
        });
  }

  private static int raise(Connection c, AnomalyRule rule, Object[] window, Instant now)
      throws SQLException {
    AnomalyRuleReadModel.Query query = AnomalyRuleReadModel.QUERIES.get(rule);
    String sql = WINDOW + query.ctes() + RAISE.formatted(query.hits());
    Object[] parameters = new Object[window.length + 3];
    System.arraycopy(window, 0, parameters, 0, window.length);
    parameters[window.length] = rule.name();
    parameters[window.length + 1] = Timestamp.from(now);
    parameters[window.length + 2] = rule.name();
    return Jdbc.first(c, sql, r -> r.getInt(1), parameters).orElseThrow();
  }

  @Override
  public List<Alert> find(AlertQuery query, int offset, int limit) {
    String sql =
        "select * from (select "
            + ALERT_COLUMNS
            + MATCHING
            + ") found where (cast(? as varchar) is null or status = ?)"
            + " order by detected_at desc, id desc offset ? limit ?";
    List<Object> parameters = new ArrayList<>(matching(query));
    parameters.add(Math.max(0, offset));
    parameters.add(Math.max(0, limit));
    return work(c -> Jdbc.rows(c, sql, SqlAlerts::alert, parameters.toArray()));
  }

  @Override
  public long count(AlertQuery query) {
    String sql =
        "select count(*) from (select "
            + ALERT_COLUMNS
            + MATCHING
            + ") found where (cast(? as varchar) is null or status = ?)";
    return work(c -> Jdbc.first(c, sql, r -> r.getLong(1), matching(query).toArray()))
        .orElseThrow();
  }

  private static List<Object> matching(AlertQuery query) {
    String rule = query.rule() == null ? null : query.rule().name();
    String status = query.status() == null ? null : query.status().name();
    List<Object> parameters = new ArrayList<>();
    parameters.add(rule);
    parameters.add(rule);
    parameters.add(query.actor());
    parameters.add(query.actor());
    parameters.add(status);
    parameters.add(status);
    return parameters;
  }

  @Override
  public Optional<Alert> find(long id) {
    return work(
        c ->
            Jdbc.first(
                c,
                "select " + ALERT_COLUMNS + " from oversight.alert a where a.id = ?",
                SqlAlerts::alert,
                id));
  }

  @Override
  public List<AlertReview> reviews(long alertId) {
    return work(
        c ->
            Jdbc.rows(
                c,
                "select position, status, auditor, reviewed_at, note from oversight.alert_review"
                    + " where alert_id = ? order by position",
                r ->
                    new AlertReview(
                        r.getInt(1),
                        AlertStatus.valueOf(r.getString(2)),
                        r.getString(3),
                        r.getTimestamp(4).toInstant(),
                        r.getString(5)),
                alertId));
  }

  @Override
  public List<LoggedEvent> events(long alertId, int limit) {
    return work(
        c ->
            Jdbc.rows(
                c,
                "select "
                    + SqlMerkleLog.EVENT_COLUMNS
                    + " from oversight.alert_event x join audit.access_event e on e.id = x.event_id"
                    + " where x.alert_id = ? order by e.id limit ?",
                r -> SqlMerkleLog.event(r, 1),
                alertId,
                limit));
  }

  /**
   * The next position is taken under a lock of the alert's own (a transaction-scoped advisory lock:
   * the application may not lock the sealed alert's row for update), so two reviews never collide.
   */
  @Override
  public void review(long alertId, AlertStatus status, String auditor, Instant at, String note) {
    work(
        c -> {
          Jdbc.first(
              c,
              "select pg_advisory_xact_lock(hashtextextended('oversight.alert_review', ?))",
              r -> 1,
              alertId);
          return Jdbc.update(
              c,
              "insert into oversight.alert_review"
                  + " (alert_id, position, status, auditor, reviewed_at, note)"
                  + " select ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?"
                  + " from oversight.alert_review where alert_id = ?",
              alertId,
              status.name(),
              auditor,
              Timestamp.from(at),
              note,
              alertId);
        });
  }

  private static Alert alert(ResultSet r) throws SQLException {
    return new Alert(
        r.getLong(1),
        AnomalyRule.valueOf(r.getString(2)),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getTimestamp(6).toInstant(),
        r.getLong(7),
        AlertStatus.valueOf(r.getString(8)));
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private <T> T work(Jdbc.Work<T> work) {
    return database.withConnection("fallaron las alertas de la bitácora", work);
  }
}
