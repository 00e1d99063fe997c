package mx.gob.qroo.rppc.alerting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import mx.gob.qroo.rppc.alerting.domain.AlertMessage;
import mx.gob.qroo.rppc.alerting.domain.AlertOutbox;
import mx.gob.qroo.rppc.shared.infrastructure.Database;

@ApplicationScoped
public class SqlAlertOutbox implements AlertOutbox {

  /** A message that failed this often waits for someone to look (last_error says why). */
  static final int MAX_ATTEMPTS = 50;

  @Inject Database database;

  @Override
  public List<AlertMessage> takePending(int max) {
    return database.rows(
        "no se pudieron leer los avisos pendientes",
        "select o.id, o.kind, s.folio_number, s.email, s.token, o.reference,"
            + " o.occurred_at, o.attempts"
            + " from alerting.outbox o join alerting.subscription s on s.id = o.subscription_id"
            + " where o.sent_at is null and o.attempts < ?"
            + " order by o.id limit ? for update of o skip locked",
        r ->
            new AlertMessage(
                r.getLong(1),
                AlertMessage.Kind.valueOf(r.getString(2)),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getTimestamp(7).toInstant(),
                r.getInt(8)),
        MAX_ATTEMPTS,
        max);
  }

  @Override
  public void sent(long id, Instant at) {
    database.update(
        "no se pudo marcar el aviso como enviado",
        "update alerting.outbox set sent_at = ? where id = ?",
        Timestamp.from(at),
        id);
  }

  @Override
  public void failed(long id, String error) {
    database.update(
        "no se pudo anotar el fallo del aviso",
        "update alerting.outbox set attempts = attempts + 1, last_error = ? where id = ?",
        error,
        id);
  }
}
