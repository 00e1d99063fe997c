package mx.gob.qroo.rppc.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.domain.TooBusyException;

/**
 * The anonymous map reads' database ({@code PublicMapDS}, configure.cli): a small pool whose
 * connections give up a statement after a time limit and whose callers wait little for a free
 * connection. A read given up either way is a {@link TooBusyException} (503, try again), not a
 * failure.
 */
final class PublicMapDatabase extends Database {

  static final String JNDI = "java:jboss/datasources/PublicMapDS";

  /** PostgreSQL's "query_canceled": what statement_timeout raises. */
  private static final String CANCELED = "57014";

  private static final String BUSY =
      "El servicio de mapas está ocupado en este momento. Vuelva a intentarlo en unos segundos.";

  PublicMapDatabase(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  public <T> T withConnection(String what, Jdbc.Work<T> work) {
    Connection connection;
    try {
      connection = dataSource().getConnection();
    } catch (SQLException noneFree) {
      throw new TooBusyException(BUSY, noneFree);
    }
    try (connection) {
      return work.apply(connection);
    } catch (SQLException e) {
      if (CANCELED.equals(e.getSQLState())) {
        throw new TooBusyException(BUSY, e);
      }
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }
}
