package mx.gob.qroo.rppc.web.audit;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.MerkleHash;
import mx.gob.qroo.rppc.audit.domain.MerkleVerification;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.StandaloneVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tamper-evident access log, deployed: what anyone can fetch (the signed checkpoint and the
 * key), what auditors can prove with their own RFC 9162 code, and what the application's database
 * role can no longer do to the log.
 */
class AccessLogIT {

  @Test
  void theLatestCheckpointIsSignedByThePublishedKeyAndServedAsPlainText() {
    Checkpoint forced = checkpointNow();

    Response published = anonymous().accept("text/plain").get("/api/public/audit/checkpoint");
    published.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/plain"));
    Checkpoint checkpoint = SignedNote.open(published.asString(), publishedKey());

    assertThat(checkpoint.origin()).isEqualTo("rppc.qroo.gob.mx/bitacora");
    assertThat(checkpoint.treeSize()).isGreaterThanOrEqualTo(forced.treeSize());
  }

  @Test
  void aStaffReadIsALeafWhoseInclusionInTheSignedTreeAnOutsiderCanVerify() throws Exception {
    String folio = Fixtures.newPropertyFolio();
    as("registrador1").get("/api/folios/" + folio).then().statusCode(200);
    Checkpoint checkpoint = checkpointNow();

    long index =
        Long.parseLong(
            query(
                    "select l.leaf_index from audit.log_leaf l join audit.access_event e"
                        + " on e.id = l.event_id where e.resource_id = ? and e.action = 'READ'"
                        + " and e.actor = 'registrador1'",
                    folio)
                .get(0)
                .get(0));
    JsonPath leaf =
        as("auditor1")
            .get("/api/audit/leaves/" + index)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    byte[] canonical = Base64.getDecoder().decode(leaf.getString("canonicalBytes"));
    byte[] leafHash = Base64.getDecoder().decode(leaf.getString("leafHash"));

    assertThat(new String(canonical, StandardCharsets.UTF_8))
        .contains("\"resourceId\":\"" + folio + "\"", "\"actor\":\"registrador1\"");
    assertThat(leafHash).isEqualTo(sha256(concat(new byte[] {0}, canonical)));
    List<byte[]> path =
        hashes(
            as("auditor1")
                .queryParam("index", index)
                .queryParam("treeSize", checkpoint.treeSize())
                .get("/api/audit/proofs/inclusion"));
    assertThat(
            MerkleVerification.inclusion(
                index, checkpoint.treeSize(), leafHash, path, checkpoint.rootHash()))
        .isTrue();
    assertThat(
            MerkleVerification.inclusion(
                index,
                checkpoint.treeSize(),
                MerkleHash.leaf(new byte[] {1}),
                path,
                checkpoint.rootHash()))
        .isFalse();
  }

  @Test
  void aLaterCheckpointProvesThatTheLogOnlyGrew() {
    Checkpoint first = checkpointNow();
    as("registrador1").get("/api/folios/" + Fixtures.newPropertyFolio()).then().statusCode(200);
    Checkpoint second = checkpointNow();

    assertThat(second.treeSize()).isGreaterThan(first.treeSize());
    List<byte[]> proof =
        hashes(
            as("auditor1")
                .queryParam("from", first.treeSize())
                .queryParam("to", second.treeSize())
                .get("/api/audit/proofs/consistency"));
    assertThat(
            MerkleVerification.consistency(
                first.treeSize(), second.treeSize(), first.rootHash(), second.rootHash(), proof))
        .isTrue();
  }

  @Test
  void onlyAuditorsReadLeavesAndProofsAndTheirQueriesAndTheRefusalsAreLoggedToo() {
    checkpointNow();
    String reads =
        "select count(*) from audit.access_event where actor = 'auditor1'"
            + " and resource_type = 'ACCESS_LOG' and action = 'READ' and outcome = ?";
    long before = count(reads, "SUCCESS");
    long refusedBefore = count(reads, "REJECTED");
    String denied =
        "select count(*) from audit.access_event where actor = 'registrador1' and action = 'READ'"
            + " and resource_type = 'ACCESS_LOG' and resource_id = '/api/audit/leaves/0'"
            + " and outcome = 'DENIED' and detail like 'acceso denegado por rol: GET %'";
    long deniedBefore = count(denied);

    anonymous().get("/api/audit/leaves/0").then().statusCode(401);
    as("registrador1").get("/api/audit/leaves/0").then().statusCode(403);
    as("auditor1").get("/api/audit/leaves/0").then().statusCode(200);
    as("auditor1")
        .queryParam("index", 0)
        .queryParam("treeSize", Long.MAX_VALUE)
        .get("/api/audit/proofs/inclusion")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    // an empty proof (from 0) still has to be about a tree that exists
    as("auditor1")
        .queryParam("from", 0)
        .queryParam("to", Long.MAX_VALUE)
        .get("/api/audit/proofs/consistency")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");

    assertThat(count(reads, "SUCCESS"))
        .as("only the answered leaf was read; the refused proofs are logged as refused")
        .isEqualTo(before + 1);
    assertThat(count(reads, "REJECTED")).isEqualTo(refusedBefore + 2);
    assertThat(count(denied)).isEqualTo(deniedBefore + 1);
  }

  @Test
  void auditorsSearchAResourcesHistoryAndExportItAsCsvAndBothAreLogged() {
    String folio = Fixtures.newPropertyFolio();
    as("capturista1")
        .header("X-Justification", "atencion_al_publico")
        .get("/api/folios/" + folio)
        .then()
        .statusCode(200);

    JsonPath found =
        as("auditor1")
            .queryParam("resourceType", "folio")
            .queryParam("resourceId", folio)
            .get("/api/audit/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(found.getLong("total")).isEqualTo(2);
    assertThat(found.getList("events.actor")).containsExactly("capturista1", "registrador1");
    assertThat(found.getList("events.action")).containsExactly("READ", "CREATE");

    String csv =
        as("auditor1")
            .accept("text/csv")
            .queryParam("resourceType", "FOLIO")
            .queryParam("resourceId", folio)
            .get("/api/audit/events/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("id,occurredAt,actor,actorSubject,roles,");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",registrador1,", ",CREATE,FOLIO," + folio + ",");
    assertThat(lines.get(2))
        .contains(",capturista1,", ",READ,FOLIO," + folio + ",ATENCION_AL_PUBLICO,");

    assertThat(
            count(
                "select count(*) from audit.access_event where actor = 'auditor1'"
                    + " and resource_type = 'ACCESS_LOG' and action in ('SEARCH', 'EXPORT')"
                    + " and resource_id like ?",
                "%id=" + folio + "%"))
        .isEqualTo(2);

    as("auditor1")
        .queryParam("resourceType", "PREDIOS")
        .queryParam("from", "ayer")
        .get("/api/audit/events")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("resourceType", "from"));
    as("capturista1").get("/api/audit/events").then().statusCode(403);
  }

  @Test
  void aStaffAccessCarriesItsJustificationAndAMalformedOneIsRefused() {
    String folio = Fixtures.newPropertyFolio();
    String logged =
        "select justification, outcome from audit.access_event where resource_id = ?"
            + " and action = 'READ' and actor = 'registrador1' order by id";

    as("registrador1")
        .header("X-Justification", "auditoria")
        .get("/api/folios/" + folio)
        .then()
        .statusCode(200);
    as("registrador1")
        .header("X-Justification", "cun-2026-000001")
        .get("/api/folios/" + folio)
        .then()
        .statusCode(200);
    as("registrador1")
        .header("X-Justification", "porque sí")
        .get("/api/folios/" + folio)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("X-Justification"));

    // the refused read is in the log too, without the justification it could not read
    assertThat(query(logged, folio))
        .containsExactly(
            List.of("AUDITORIA", "SUCCESS"),
            List.of("CUN-2026-000001", "SUCCESS"),
            java.util.Arrays.asList(null, "REJECTED"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "update audit.access_event set actor = 'nadie' where id = (select min(id) from audit.access_event)",
        "delete from audit.access_event where id = (select min(id) from audit.access_event)",
        "truncate audit.access_event",
        "alter table audit.access_event disable trigger user",
        "drop trigger access_event_append_only on audit.access_event",
        "update audit.log_leaf set leaf_hash = leaf_hash where leaf_index = 0",
        "delete from audit.checkpoint",
        "drop table audit.log_node",
        "alter schema audit rename to bitacora"
      })
  void theApplicationsDatabaseRoleCannotChangeOrRemoveWhatTheLogHolds(String tampering)
      throws Exception {
    try (Connection c = Deployment.applicationRole();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute(tampering))
          .hasMessageMatching("(?s).*(permission denied|must be owner).*");
    }
  }

  @Test
  void theStandaloneVerifierJarFindsTheDeployedLogIntactAndTheOnlineCheckAgrees() throws Exception {
    StandaloneVerifier.Outcome outcome = StandaloneVerifier.run(true);

    assertThat(outcome.status()).as(outcome.output()).isZero();
    assertThat(outcome.output()).contains("ÍNTEGRA", "cada asiento, a su sello");
    as("auditor1")
        .get("/api/audit/verification")
        .then()
        .statusCode(200)
        .body("report.problems", org.hamcrest.Matchers.empty())
        .body("report.checkpoints", org.hamcrest.Matchers.greaterThan(0));
  }

  private static Checkpoint checkpointNow() {
    String note =
        as("auditor1")
            .accept("text/plain")
            .post("/api/audit/checkpoints")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return SignedNote.open(note, publishedKey());
  }

  private static NoteKey publishedKey() {
    return NoteKey.parse(Deployment.publishedLogKey());
  }

  private static List<byte[]> hashes(Response proof) {
    return proof
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("hashes", String.class)
        .stream()
        .map(Base64.getDecoder()::decode)
        .toList();
  }

  private static byte[] sha256(byte[] data) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(data);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
