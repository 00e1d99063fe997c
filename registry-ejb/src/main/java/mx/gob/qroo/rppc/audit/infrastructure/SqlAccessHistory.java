package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import mx.gob.qroo.rppc.audit.domain.AccessHistory;
import mx.gob.qroo.rppc.audit.domain.AccessLogQuery;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/** Searches audit.access_event through its indexes (resource, actor and time, time). */
@ApplicationScoped
public class SqlAccessHistory implements AccessHistory {

  private static final String MATCHING =
      " from audit.access_event e where (cast(? as text) is null or e.actor = ?)"
          + " and (cast(? as varchar) is null or e.resource_type = ?)"
          + " and (cast(? as text) is null or e.resource_id = ?)"
          + " and (cast(? as varchar) is null or e.action = ?)"
          + " and (cast(? as timestamptz) is null or e.occurred_at >= ?)"
          + " and (cast(? as timestamptz) is null or e.occurred_at < ?)";

  @Inject Database database;

  @Override
  public List<LoggedEvent> find(AccessLogQuery query, int offset, int limit) {
    List<Object> parameters = parameters(query);
    parameters.add(offset);
    parameters.add(limit);
    return work(
        c ->
            Jdbc.rows(
                c,
                "select "
                    + SqlMerkleLog.EVENT_COLUMNS
                    + MATCHING
                    + " order by e.occurred_at desc, e.id desc offset ? limit ?",
                r -> SqlMerkleLog.event(r, 1),
                parameters.toArray()));
  }

  @Override
  public long count(AccessLogQuery query) {
    return work(c ->
            Jdbc.first(
                c, "select count(*)" + MATCHING, r -> r.getLong(1), parameters(query).toArray()))
        .orElseThrow();
  }

  /**
   * Streamed with a server-side cursor (fetch size), so an export never holds the log in memory.
   */
  @Override
  public void each(AccessLogQuery query, Consumer<LoggedEvent> sink) {
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + SqlMerkleLog.EVENT_COLUMNS + MATCHING + " order by e.id")) {
            List<Object> parameters = parameters(query);
            for (int i = 0; i < parameters.size(); i++) {
              s.setObject(i + 1, parameters.get(i));
            }
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                sink.accept(SqlMerkleLog.event(r, 1));
              }
            }
          }
          return null;
        });
  }

  private static List<Object> parameters(AccessLogQuery q) {
    List<Object> parameters = new ArrayList<>();
    twice(parameters, q.actor());
    twice(parameters, q.resourceType() == null ? null : q.resourceType().name());
    twice(parameters, q.resourceId());
    twice(parameters, q.action() == null ? null : q.action().name());
    twice(parameters, q.from() == null ? null : Timestamp.from(q.from()));
    twice(parameters, q.to() == null ? null : Timestamp.from(q.to()));
    return parameters;
  }

  private static void twice(List<Object> parameters, Object value) {
    parameters.add(value);
    parameters.add(value);
  }

  private <T> T work(Jdbc.Work<T> work) {
    return database.withConnection("falló la búsqueda en la bitácora", work);
  }
}
