package mx.gob.qroo.rppc.shared.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC for the set-based spatial work: a connection of the datasource for one piece of work
 * (inside a container transaction, the transaction's own connection), and SQL arrays.
 */
public final class Jdbc {

  private Jdbc() {}

  /** Work on a connection, which may throw {@link SQLException}. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** Runs the work; an SQL failure becomes an IllegalStateException starting with {@code what}. */
  public static <T> T withConnection(DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** A text[] as a list (empty for null). */
  public static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
  }
}
