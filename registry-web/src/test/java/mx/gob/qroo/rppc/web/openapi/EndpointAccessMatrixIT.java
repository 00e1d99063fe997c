package mx.gob.qroo.rppc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.web.openapi.DocumentedOperations.Documented;
import mx.gob.qroo.rppc.web.shared.rest.EndpointAccess;
import mx.gob.qroo.rppc.web.shared.rest.OpenApiDocument;
import mx.gob.qroo.rppc.web.testing.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of openapi.yaml (the copy on the classpath, not the deployed one), called
 * anonymously and as each demo user, answers as its {@code x-rppc-access} says: anonymously, 401
 * where a token is needed; a role not listed, 403; a listed role, neither (a 400, 404 or 409 about
 * the made-up path parameters and bodies of {@link Probe} is fine: the call got past authorisation)
 * and no server error, and for a write with a request body a 4xx, never a 2xx: nothing is created.
 * An operation whose access depends on a path parameter ({@code parcels}) is called with that value
 * too. Where the request that reaches the service needs query parameters or a body, the empty
 * request ({@link Probe#bare}) is sent as each role as well: a role that may not call the operation
 * must be refused before its input is looked at, so that the refusal is a 403 logged as DENIED, not
 * a 400 that tells it what to fix and leaves no trace. Sequential, about 580 calls; the statuses
 * are printed as a table at the end.
 */
class EndpointAccessMatrixIT {

  /** The demo user of each realm role (password = user name). */
  private static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    Role.ALL.forEach(role -> USERS.put(role, role + "1"));
  }

  private static final String ANONYMOUS = "anonymous";

  /** Why these calls are made, as the access log asks staff to say. */
  private static final String JUSTIFICATION = "SOPORTE_TECNICO";

  /** Plain HTTP: RestAssured's own cost per request would be most of the test's time. */
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** What each caller got, by request, for the table printed at the end. */
  private static final Map<String, Map<String, Integer>> ANSWERS = new TreeMap<>();

  @BeforeAll
  static void deployedWithTokens() {
    int health =
        RestAssured.given().baseUri(Deployment.BASE_URL).get("/api/health").getStatusCode();
    assertThat(health)
        .as(
            "the application at %s (start it with ./registry up, or run ./registry test)",
            Deployment.BASE_URL)
        .isEqualTo(200);
    USERS.values().forEach(Deployment::token);
  }

  @TestFactory
  List<DynamicTest> everyOperationAnswersEachCallerAsItsAccessSays() {
    Map<?, ?> document = OpenApiDocument.bundled().tree();
    List<DynamicTest> cells = new ArrayList<>();
    for (Documented operation : DocumentedOperations.all()) {
      cells(cells, operation, Map.of(), EndpointAccess.of(operation.details()), document);
      for (var exception : EndpointAccess.exceptionsOf(operation.details())) {
        cells(cells, operation, exception.pathParameters(), exception.access(), document);
      }
    }
    return cells;
  }

  private static void cells(
      List<DynamicTest> cells,
      Documented operation,
      Map<String, String> pathValues,
      EndpointAccess access,
      Map<?, ?> document) {
    Probe full = Probe.of(operation, pathValues, document);
    cells.add(anonymously(full, access));
    USERS.keySet().forEach(role -> cells.add(asRole(full, access, role)));
    Probe bare = Probe.bare(operation, pathValues, document);
    if (bare.differsFrom(full)) {
      USERS.keySet().forEach(role -> cells.add(asRole(bare, access, role)));
    }
  }

  private static DynamicTest anonymously(Probe probe, EndpointAccess access) {
    return dynamicTest(
        probe + " anonymously → " + (access.anonymous() ? "let through" : "401"),
        () -> {
          int status = call(probe, ANONYMOUS);
          if (access.anonymous()) {
            assertLetThrough(probe, ANONYMOUS, status);
          } else {
            assertThat(status).as("%s anonymously", probe).isEqualTo(401);
          }
        });
  }

  private static DynamicTest asRole(Probe probe, EndpointAccess access, String role) {
    return dynamicTest(
        probe + " as " + role + " → " + (access.allows(role) ? "let through" : "403"),
        () -> {
          int status = call(probe, role);
          if (!access.allows(role)) {
            assertThat(status)
                .as(
                    probe.bare()
                        ? "%s as %s, a role that may not call it: refused by its role (403,"
                            + " logged DENIED) before its input is looked at"
                        : "%s as %s, a role that may not call it",
                    probe,
                    role)
                .isEqualTo(403);
            return;
          }
          assertLetThrough(probe, role, status);
          if (probe.hasRequestBody()) {
            assertThat(status)
                .as("%s as %s, with a body that names nothing: created something?", probe, role)
                .isBetween(400, 499);
          }
        });
  }

  private static void assertLetThrough(Probe probe, String caller, int status) {
    assertThat(status)
        .as("%s as %s: authorisation should let it through", probe, caller)
        .isNotIn(401, 403);
    assertThat(status).as("%s as %s: a server error", probe, caller).isLessThan(500);
  }

  private static int call(Probe probe, String caller) throws IOException, InterruptedException {
    StringBuilder uri = new StringBuilder(Deployment.BASE_URL).append("/api").append(probe.path());
    String separator = "?";
    for (Map.Entry<String, Object> parameter : probe.query().entrySet()) {
      uri.append(separator)
          .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8));
      separator = "&";
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri.toString()))
            .timeout(Duration.ofMinutes(1))
            .header("X-Justification", JUSTIFICATION);
    if (!ANONYMOUS.equals(caller)) {
      request.header("Authorization", "Bearer " + Deployment.token(USERS.get(caller)));
    }
    byte[] body = new byte[0];
    if (Probe.MULTIPART.equals(probe.contentType())) {
      String boundary = "matriz-de-acceso-" + System.nanoTime();
      request.header("Content-Type", Probe.MULTIPART + "; boundary=" + boundary);
      body = multipart(boundary, probe.body());
    } else if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
      body = probe.body();
    }
    int status =
        HTTP.send(
                request
                    .method(probe.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    synchronized (ANSWERS) {
      ANSWERS.computeIfAbsent(probe.toString(), p -> new LinkedHashMap<>()).put(caller, status);
    }
    return status;
  }

  /** A form with the file in field {@code file}, or, without one, only a note. */
  private static byte[] multipart(String boundary, byte[] file) {
    String part =
        file.length == 0
            ? "Content-Disposition: form-data; name=\"nota\"\r\n\r\nmatriz de acceso, sin archivo"
            : "Content-Disposition: form-data; name=\"file\"; filename=\"matriz-de-acceso.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + new String(file, StandardCharsets.UTF_8);
    return ("--" + boundary + "\r\n" + part + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void printTheMatrix() {
    StringBuilder out = new StringBuilder("Access matrix, status by caller:\n");
    out.append(String.format("%-70s %5.5s", "request", ANONYMOUS));
    USERS.keySet().forEach(r -> out.append(String.format(" %5.5s", r)));
    out.append('\n');
    ANSWERS.forEach(
        (probe, byCaller) -> {
          out.append(String.format("%-70.70s %5s", probe, byCaller.getOrDefault(ANONYMOUS, null)));
          USERS.keySet().forEach(r -> out.append(String.format(" %5s", byCaller.get(r))));
          out.append('\n');
        });
    System.out.print(out);
  }
}
