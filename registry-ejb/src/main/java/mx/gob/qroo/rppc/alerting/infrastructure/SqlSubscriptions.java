package mx.gob.qroo.rppc.alerting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import mx.gob.qroo.rppc.alerting.domain.Subscription;
import mx.gob.qroo.rppc.alerting.domain.SubscriptionRequest;
import mx.gob.qroo.rppc.alerting.domain.Subscriptions;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

@ApplicationScoped
public class SqlSubscriptions implements Subscriptions {

  private static final String COLUMNS =
      "id, folio_number, email, token, requested_at, confirmed_at, cancelled_at";

  @Inject Database database;

  @Override
  public SubscriptionRequest request(
      String folioNumber, String email, String newToken, Instant at, Instant dayStart) {
    return database.withConnection(
        "no se pudo registrar la alerta",
        c -> {
          // the address first, then the folio: concurrent requests queue here, never cross
          lock(c, "alert-address:" + email.toLowerCase(Locale.ROOT));
          lock(c, "alert-folio:" + folioNumber);
          Optional<SubscriptionRequest> refusal =
              SubscriptionRequest.refusal(
                  pendingToday(c, email, dayStart), requestsToday(c, folioNumber, dayStart));
          if (refusal.isPresent()) {
            return refusal.get();
          }
          Subscription subscription =
              Jdbc.first(
                      c,
                      "select "
                          + COLUMNS
                          + " from alerting.subscription where folio_number = ?"
                          + " and lower(email) = lower(?) and cancelled_at is null",
                      SqlSubscriptions::subscription,
                      folioNumber,
                      email)
                  .orElseGet(() -> inserted(c, folioNumber, email, newToken, at));
          Jdbc.update(
              c,
              "insert into alerting.subscription_request"
                  + " (subscription_id, email, folio_number, requested_at) values (?, ?, ?, ?)",
              subscription.id(),
              email,
              folioNumber,
              Timestamp.from(at));
          if (!subscription.confirmed()) {
            Jdbc.update(
                c,
                "insert into alerting.outbox (subscription_id, kind, occurred_at)"
                    + " values (?, 'CONFIRMATION', ?)",
                subscription.id(),
                Timestamp.from(at));
          }
          return SubscriptionRequest.SENT;
        });
  }

  private static void lock(Connection c, String key) throws SQLException {
    Jdbc.first(c, "select pg_advisory_xact_lock(hashtextextended(?, 0))", r -> true, key);
  }

  /**
   * Whether a request of the address since the day started still waits for its confirmation (one
   * made for a subscription confirmed before it waits too: it will never be confirmed).
   */
  private static boolean pendingToday(Connection c, String email, Instant dayStart)
      throws SQLException {
    return Jdbc.first(
            c,
            "select 1 from alerting.subscription_request r"
                + " join alerting.subscription s on s.id = r.subscription_id"
                + " where lower(r.email) = lower(?) and r.requested_at >= ?"
                + " and (s.confirmed_at is null or s.confirmed_at < r.requested_at) limit 1",
            r -> true,
            email,
            Timestamp.from(dayStart))
        .isPresent();
  }

  private static long requestsToday(Connection c, String folioNumber, Instant dayStart)
      throws SQLException {
    return Jdbc.first(
            c,
            "select count(*) from alerting.subscription_request"
                + " where folio_number = ? and requested_at >= ?",
            r -> r.getLong(1),
            folioNumber,
            Timestamp.from(dayStart))
        .orElse(0L);
  }

  private static Subscription inserted(
      Connection c, String folioNumber, String email, String token, Instant at) {
    try {
      return Jdbc.first(
              c,
              "insert into alerting.subscription (folio_number, email, token, requested_at)"
                  + " values (?, ?, ?, ?) returning "
                  + COLUMNS,
              SqlSubscriptions::subscription,
              folioNumber,
              email,
              token,
              Timestamp.from(at))
          .orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudo registrar la alerta: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Subscription> byToken(String token) {
    return database.first(
        "no se pudo leer la alerta",
        "select " + COLUMNS + " from alerting.subscription where token = ?",
        SqlSubscriptions::subscription,
        token);
  }

  @Override
  public Optional<Subscription> confirm(String token, Instant at) {
    return change(
        "update alerting.subscription set confirmed_at = ? where token = ?"
            + " and confirmed_at is null and cancelled_at is null",
        token,
        at);
  }

  @Override
  public Optional<Subscription> cancel(String token, Instant at) {
    return change(
        "update alerting.subscription set cancelled_at = ? where token = ?"
            + " and cancelled_at is null",
        token,
        at);
  }

  private Optional<Subscription> change(String sql, String token, Instant at) {
    database.update("no se pudo cambiar la alerta", sql, Timestamp.from(at), token);
    return byToken(token);
  }

  private static Subscription subscription(ResultSet r) throws SQLException {
    return new Subscription(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        instant(r.getTimestamp(5)),
        instant(r.getTimestamp(6)),
        instant(r.getTimestamp(7)));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
