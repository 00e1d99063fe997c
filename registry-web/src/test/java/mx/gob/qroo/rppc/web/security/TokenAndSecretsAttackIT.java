package mx.gob.qroo.rppc.web.security;

import static io.restassured.RestAssured.given;
import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.KEYCLOAK_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static mx.gob.qroo.rppc.web.testing.Deployment.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.web.testing.Instance;
import org.junit.jupiter.api.Test;

/**
 * Credentials where they do not belong: a token another system of the realm was given, a token
 * whose payload was rewritten, the database superuser's password in the servers' processes or
 * files, an application role that could make itself superuser, signing keys others can read.
 */
class TokenAndSecretsAttackIT {

  private static final String SUPERUSER_PASSWORD =
      System.getenv().getOrDefault("REGISTRY_DB_SUPERUSER_PASSWORD", "postgres-demo");

  @Test
  void theApiAcceptsOnlyTokensIssuedForIt() {
    String foreign =
        given()
            .baseUri(KEYCLOAK_URL)
            .formParam("grant_type", "password")
            .formParam("client_id", "otro-sistema-demo")
            .formParam("username", "capturista1")
            .formParam("password", "capturista1")
            .post("/realms/rppc/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    given()
        .baseUri(BASE_URL)
        .auth()
        .oauth2(foreign)
        .get("/api/filings?limit=1")
        .then()
        .statusCode(401);
    given()
        .baseUri(BASE_URL)
        .auth()
        .oauth2(token("capturista1"))
        .get("/api/filings?limit=1")
        .then()
        .statusCode(200);
  }

  @Test
  void aTokenWhosePayloadWasRewrittenIsRefused() {
    String[] parts = token("capturista1").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"capturista\"", "\"admin\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    given().baseUri(BASE_URL).auth().oauth2(forged).get("/api/staff").then().statusCode(401);
    String unsigned = parts[0].replaceAll(".", "") + "eyJhbGciOiJub25lIn0." + parts[1] + ".";
    given().baseUri(BASE_URL).auth().oauth2(unsigned).get("/api/filings").then().statusCode(401);
  }

  @Test
  void theSuperusersPasswordIsInNoServerProcessNorTheirFiles() throws IOException {
    List<Long> processes = new ArrayList<>();
    for (String service : List.of("wildfly", "keycloak", "tika")) {
      Path pidFile = Instance.workDir().resolve("run/" + service + ".pid");
      assertThat(pidFile).as(service + " runs from " + Instance.workDir()).exists();
      long leader = Long.parseLong(Files.readString(pidFile).trim());
      processes.addAll(group(leader));
    }
    assertThat(processes).hasSizeGreaterThanOrEqualTo(3);
    for (long pid : processes) {
      for (String part : List.of("environ", "cmdline")) {
        Path file = Path.of("/proc/" + pid + "/" + part);
        if (Files.isReadable(file)) {
          assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
              .as("/proc/%d/%s", pid, part)
              .doesNotContain(SUPERUSER_PASSWORD);
        }
      }
    }
    for (String folder :
        List.of("wildfly-39.0.1.Final/standalone", "keycloak-26.7.3/conf", "run")) {
      try (Stream<Path> files = Files.walk(Instance.workDir().resolve(folder))) {
        files
            .filter(Files::isRegularFile)
            .filter(f -> !f.toString().contains("/tmp/") && !f.toString().endsWith(".jar"))
            .forEach(
                f -> {
                  try {
                    assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
                        .as(f.toString())
                        .doesNotContain(SUPERUSER_PASSWORD);
                  } catch (IOException unreadable) {
                    // a file the test cannot read (a socket, a lock) holds no password it could
                    // leak
                  }
                });
      }
    }
  }

  @Test
  void theApplicationsRoleCannotBecomeSuperuser() {
    List<String> role =
        query(
                "select rolsuper, rolcreaterole, rolreplication, rolbypassrls,"
                    + " exists (select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid"
                    + "          where m.member = u.oid and (r.rolsuper or r.rolname in"
                    + "          ('pg_read_server_files', 'pg_write_server_files',"
                    + "           'pg_execute_server_program')))"
                    + " from pg_roles u where u.rolname = current_user")
            .get(0);
    assertThat(role).containsOnly("f");
  }

  @Test
  void signingKeysAreReadableByTheServerAlone() throws IOException {
    Path data = Instance.workDir().resolve("wildfly-39.0.1.Final/standalone/data");
    // the log's key is the server's own; the certificates' seal is issued by the launcher
    for (Path dir :
        List.of(
            data.resolve("audit-log-key"), Instance.workDir().resolve("certificate-signing-key"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
          .as(dir.toString())
          .isEqualTo("rwx------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir.resolve("private.p8"))))
          .as(dir + "/private.p8")
          .isEqualTo("rw-------");
    }
  }

  /** The processes of the session a service was started in (setsid): it and its children. */
  private static List<Long> group(long leader) throws IOException {
    List<Long> members = new ArrayList<>();
    try (Stream<Path> all = Files.list(Path.of("/proc"))) {
      for (Path p : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = Files.readString(p.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (Long.parseLong(fields[3]) == leader) { // the session id
            members.add(Long.parseLong(p.getFileName().toString()));
          }
        } catch (IOException gone) {
          // the process ended meanwhile
        }
      }
    }
    return members;
  }
}
