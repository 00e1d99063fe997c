package mx.gob.qroo.rppc.shared.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC where JPA would only get in the way: a connection of the datasource for one piece of
 * work (inside a container transaction, the transaction's own connection), rows of a query, and SQL
 * arrays.
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

  /** Every row of a query, on a connection of the datasource ({@link #withConnection}). */
  public static <T> List<T> rows(
      DataSource dataSource, String what, String sql, Row<T> row, Object... parameters) {
    return withConnection(dataSource, what, c -> rows(c, sql, row, parameters));
  }

  /** The first row of a query, on a connection of the datasource. */
  public static <T> Optional<T> first(
      DataSource dataSource, String what, String sql, Row<T> row, Object... parameters) {
    return withConnection(dataSource, what, c -> first(c, sql, row, parameters));
  }

  /** An insert, update or delete on a connection of the datasource; the rows it changed. */
  public static int update(DataSource dataSource, String what, String sql, Object... parameters) {
    return withConnection(dataSource, what, c -> update(c, sql, parameters));
  }

  /** Reads one row of a result (the cursor is on it). */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Every row of a query with these parameters (bound in order with setObject). */
  public static <T> List<T> rows(Connection c, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<T> found = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(row.read(r));
        }
      }
      return found;
    }
  }

  /** Runs an insert, update or delete with these parameters; returns the rows it changed. */
  public static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }

  /** The first row of a query, if any. */
  public static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    return rows(c, sql, row, parameters).stream().findFirst();
  }

  /** A text[] as a list (empty for null). */
  public static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
  }
}
