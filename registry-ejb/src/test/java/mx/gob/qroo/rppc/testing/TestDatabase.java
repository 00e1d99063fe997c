package mx.gob.qroo.rppc.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database with PostGIS in the real cluster that {@code ./registry test} starts,
 * dropped again by {@link #close()}. Fails loudly, never skips, when the cluster is not there.
 */
public final class TestDatabase implements AutoCloseable {

  private static final String HOST = "127.0.0.1";
  private final int port;
  private final String superuserPassword;
  private final String name;

  private TestDatabase(int port, String superuserPassword, String name) {
    this.port = port;
    this.superuserPassword = superuserPassword;
    this.name = name;
  }

  public static TestDatabase createEmpty() {
    int port = Integer.parseInt(setting("registry.db.port", "REGISTRY_DB_PORT", "55433"));
    String password =
        setting(
            "registry.db.superuser.password", "REGISTRY_DB_SUPERUSER_PASSWORD", "postgres-demo");
    TestDatabase database =
        new TestDatabase(
            port, password, "registry_dbit_" + UUID.randomUUID().toString().substring(0, 8));
    database.execute("postgres", "create database " + database.name);
    database.execute(database.name, "create extension postgis");
    database.execute(database.name, sealAuditLogScript());
    return database;
  }

  /** What the launcher installs as the superuser for migration V11 (the access log's seal). */
  private static String sealAuditLogScript() {
    Path script = Path.of("..", "config", "postgres", "seal-audit-log.sql");
    try {
      return Files.readString(script);
    } catch (IOException e) {
      throw new IllegalStateException("falta " + script.toAbsolutePath(), e);
    }
  }

  private static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  public String url() {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + name;
  }

  /** The gateway the application's SQL classes take, over {@link #dataSource()}. */
  public Database gateway() {
    return new Database(dataSource());
  }

  public DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url());
    ds.setUser("postgres");
    ds.setPassword(superuserPassword);
    return ds;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), "postgres", superuserPassword);
  }

  public EntityManagerFactory entityManagerFactory() {
    return Persistence.createEntityManagerFactory(
        "registry-dbit",
        Map.of(
            "jakarta.persistence.jdbc.url",
            url(),
            "jakarta.persistence.jdbc.user",
            "postgres",
            "jakarta.persistence.jdbc.password",
            superuserPassword,
            "hibernate.connection.pool_size",
            "12"));
  }

  private void execute(String database, String sql) {
    String url = "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    try (Connection c = DriverManager.getConnection(url, "postgres", superuserPassword);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No PostgreSQL/PostGIS cluster usable at "
              + url
              + " ("
              + e.getMessage()
              + "). The database tests run inside `./registry test`, which starts one; to run them"
              + " by hand against `./registry up`, pass -Dregistry.db.port=55432.",
          e);
    }
  }

  /** Runs a statement as the superuser, in its own transaction. */
  public void update(String sql) {
    execute(name, sql);
  }

  /** The first column of the first row of a query, as a number. */
  public double number(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long count(String sql) {
    return (long) number(sql);
  }

  @Override
  public void close() {
    execute("postgres", "drop database if exists " + name + " with (force)");
  }
}
