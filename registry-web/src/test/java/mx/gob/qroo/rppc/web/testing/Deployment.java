package mx.gob.qroo.rppc.web.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application as {@code ./registry test} deploys it: WildFly with the EAR, Keycloak with realm
 * {@code rppc}, PostgreSQL. Tokens are real, obtained with the demo users' passwords.
 */
public final class Deployment {

  public static final String BASE_URL =
      "http://localhost:" + setting("registry.http.port", "REGISTRY_HTTP_PORT", "8081");
  public static final String KEYCLOAK_URL =
      "http://localhost:" + setting("registry.keycloak.port", "REGISTRY_KEYCLOAK_PORT", "8181");
  private static final String DB_URL =
      "jdbc:postgresql://127.0.0.1:"
          + setting("registry.db.port", "REGISTRY_DB_PORT", "55433")
          + "/registry";
  private static final String DB_PASSWORD =
      setting("registry.db.password", "REGISTRY_DB_PASSWORD", "registry-demo");

  /** Seconds the Tika server may spend on one file (./registry: 30 for test, 120 otherwise). */
  public static final int TIKA_TASK_TIMEOUT_SECONDS =
      Integer.parseInt(setting("registry.tika.task-timeout", "REGISTRY_TIKA_TASK_TIMEOUT", "30"));

  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  /**
   * A loopback address the instance trusts as a reverse proxy (the first of its
   * rppc.trusted-proxies, which ./registry exports as REGISTRY_TRUSTED_PROXIES: 127.0.0.250 for the
   * test instance).
   */
  public static String trustedProxy() {
    String proxies = setting("registry.trusted-proxies", "REGISTRY_TRUSTED_PROXIES", "");
    String first = proxies.split("[,\\s]+")[0].replaceFirst("/\\d+$", "");
    if (first.isBlank()) {
      throw new IllegalStateException(
          "The instance trusts no proxy: start it with REGISTRY_TRUSTED_PROXIES=127.0.0.250"
              + " (./registry test does) and pass the same variable to the tests");
    }
    return first;
  }

  private Deployment() {}

  private static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A token and when it stops being worth using. */
  private record Token(String value, Instant renewAt) {}

  /**
   * An access token for a demo user (password = user name), cached until shortly before it expires
   * (the realm gives them 5 minutes; the deployed tests run for longer).
   */
  public static String token(String user) {
    return TOKENS
        .compute(
            user,
            (u, cached) ->
                cached != null && Instant.now().isBefore(cached.renewAt()) ? cached : fresh(u))
        .value();
  }

  private static Token fresh(String user) {
    Instant asked = Instant.now();
    JsonPath answer =
        given()
            .baseUri(KEYCLOAK_URL)
            .formParam("grant_type", "password")
            .formParam("client_id", "registry-cli")
            .formParam("username", user)
            .formParam("password", user)
            .post("/realms/rppc/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long lifetime = answer.getLong("expires_in");
    return new Token(
        answer.getString("access_token"), asked.plusSeconds(Math.max(0, lifetime - 60)));
  }

  /** A JSON request to the API as the given demo user. */
  public static RequestSpecification as(String user) {
    return anonymous().auth().oauth2(token(user));
  }

  public static RequestSpecification anonymous() {
    return given().baseUri(BASE_URL).accept(ContentType.JSON).contentType(ContentType.JSON);
  }

  /** A connection to the application's database as the application's own role. */
  public static Connection applicationRole() throws SQLException {
    return DriverManager.getConnection(DB_URL, "registry", DB_PASSWORD);
  }

  /** The access log's public verifier key, as anyone fetches it. */
  public static String publishedLogKey() {
    return anonymous()
        .accept("text/plain")
        .get("/api/public/audit/key")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /**
   * A connection as the database's superuser, as an administrator could open one behind the
   * application's back: for tamper tests only.
   */
  public static Connection superuser() throws SQLException {
    return DriverManager.getConnection(
        DB_URL,
        "postgres",
        setting(
            "registry.db.superuser.password", "REGISTRY_DB_SUPERUSER_PASSWORD", "postgres-demo"));
  }

  /**
   * Runs statements as the superuser with every trigger off ({@code session_replication_role =
   * replica}), as an administrator could: for tamper tests only.
   */
  public static void tamperAsSuperuser(String... statements) throws SQLException {
    try (Connection c = superuser();
        Statement s = c.createStatement()) {
      s.execute("set session_replication_role = replica");
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** Rows of a query against the application's database, each as a list of strings. */
  public static List<List<String>> query(String sql, Object... parameters) {
    try (Connection c = applicationRole();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach the application's database at "
              + DB_URL
              + "; run the deployed tests with ./registry test",
          e);
    }
  }

  public static long count(String sql, Object... parameters) {
    return Long.parseLong(query(sql, parameters).get(0).get(0));
  }
}
