package mx.gob.qroo.rppc.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one way read models and set-based PostGIS work reach the database: a connection of the
 * datasource for one piece of work (inside a container transaction, the transaction's own), the
 * rows of a query, an update. Injected ({@link DataSources} produces the registry's and the public
 * map's); an SQL failure becomes an {@link IllegalStateException} that starts with what was being
 * done (the 500 answer shows none of it).
 */
public class Database {

  private final DataSource dataSource;

  public Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the work on a connection. */
  public <T> T withConnection(String what, Jdbc.Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** Every row of a query. */
  public <T> List<T> rows(String what, String sql, Jdbc.Row<T> row, Object... parameters) {
    return withConnection(what, c -> Jdbc.rows(c, sql, row, parameters));
  }

  /** The first row of a query. */
  public <T> Optional<T> first(String what, String sql, Jdbc.Row<T> row, Object... parameters) {
    return withConnection(what, c -> Jdbc.first(c, sql, row, parameters));
  }

  /** An insert, update or delete; the rows it changed. */
  public int update(String what, String sql, Object... parameters) {
    return withConnection(what, c -> Jdbc.update(c, sql, parameters));
  }

  /** The datasource itself, for the tools that take one (Flyway). */
  public DataSource dataSource() {
    return dataSource;
  }
}
