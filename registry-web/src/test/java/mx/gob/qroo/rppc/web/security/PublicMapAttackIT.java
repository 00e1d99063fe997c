package mx.gob.qroo.rppc.web.security;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.FromAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous client can make the map endpoints do: pages no larger than 1,000 features and
 * no deeper than 10,000 by offset (the next links carry a keyset), boxes that are numbers within
 * their CRS, a budget of map requests per client that lets a map's bursts of tiles through, and
 * reads on a pool of their own that give up after their time limit, so that staff work goes on.
 */
class PublicMapAttackIT {

  private static final String ITEMS = "/api/ogc/collections/municipalities/items";

  @BeforeAll
  static void municipalities() {
    Fixtures.municipalitiesLoaded();
  }

  private static void badRequest(String query, String saying) {
    anonymous()
        .get(ITEMS + query)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://rppc.qroo.gob.mx/problemas/solicitud-invalida"))
        .body("detail", containsString(saying));
  }

  @Test
  void aHugeLimitIsServedAsAThousandAndOneThatIsNoNumberIsAProblem() {
    for (String huge : List.of("1000000", "99999999999999999999999999")) {
      JsonPath page =
          anonymous().get(ITEMS + "?limit=" + huge).then().statusCode(200).extract().jsonPath();
      assertThat(page.getString("links.find { it.rel == 'self' }.href")).contains("limit=1000");
      assertThat(page.getInt("numberReturned")).isLessThanOrEqualTo(1000);
    }
    badRequest("?limit=0", "limit");
    badRequest("?limit=diez", "limit");
    badRequest("?offset=-1", "offset");
  }

  @Test
  void anOffsetPastTenThousandIsRefusedAndTheNextLinksPageByKeyset() {
    badRequest("?offset=10001", "after");
    anonymous()
        .get(ITEMS + "?offset=10000")
        .then()
        .statusCode(200)
        .body("numberReturned", equalTo(0));

    List<String> ids = new ArrayList<>();
    String next = ITEMS + "?limit=3";
    while (next != null) {
      JsonPath page = anonymous().get(next).then().statusCode(200).extract().jsonPath();
      ids.addAll(page.getList("features.id"));
      String href = page.getString("links.find { it.rel == 'next' }.href");
      if (href != null) {
        assertThat(href).contains("after=").doesNotContain("offset=");
        next = href.substring(href.indexOf("/api/"));
      } else {
        next = null;
      }
    }
    long municipalities = Deployment.count("select count(*) from cadastre.municipality");
    assertThat(ids).hasSize((int) municipalities).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void aBboxIsFourNumbersInOrderWithinItsCrsAndTheWholeWorldCostsNoMoreThanTheState() {
    for (String odd : List.of("NaN,0,1,1", "0x1p3,0,10,10", "0,0,Infinity,1", "1,2,3", "2,0,1,1")) {
      badRequest("?bbox=" + odd, "bbox");
    }
    badRequest("?bbox=-200,0,0,10", "longitudes");
    badRequest(
        "?bbox=10,-87,100,-86&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326", "latitudes");
    long municipalities = Deployment.count("select count(*) from cadastre.municipality");
    anonymous()
        .get(ITEMS + "?bbox=-180,-90,180,90")
        .then()
        .statusCode(200)
        .body("numberMatched", equalTo((int) municipalities));
    // far from UTM zone 16, where PostGIS cannot take a point into the storage CRS (was a 500)
    anonymous()
        .get(ITEMS + "?bbox=8,0,10,10")
        .then()
        .statusCode(200)
        .body("numberMatched", equalTo(0));
  }

  @Test
  void aBurstOfTilesPassesAndAClientWalkingTheGridIsToldToWait() {
    FromAddress client = FromAddress.fresh();
    // a map page's burst: 40 tiles at once
    for (int i = 0; i < 40; i++) {
      assertThat(client.get("/api/tiles/municipalities/12/" + (1000 + i) + "/1700.mvt").status())
          .isEqualTo(200);
    }
    // then a client that keeps asking, for tiles, collections and plans in turn: one budget for
    // all, so it is told to wait after the burst (300) and what refilled meanwhile (600 a minute),
    // not after three times as many
    String[] reads = {
      "/api/tiles/municipalities/14/%d/7000.mvt",
      "/api/ogc/collections?n=%d",
      "/api/public/plans?n=%d"
    };
    FromAddress.Answer refused = null;
    int served = 40;
    Instant started = Instant.now();
    for (int i = 0; i < 3000 && refused == null; i++) {
      FromAddress.Answer answer = client.get(String.format(reads[i % 3], i % 900 + 1));
      if (answer.status() == 429) {
        refused = answer;
      } else {
        assertThat(answer.status()).isEqualTo(200);
        served++;
      }
    }
    assertThat(refused).as("refused before 3,000 requests").isNotNull();
    long refilled = Duration.between(started, Instant.now()).toMillis() * 600 / 60_000;
    assertThat(served).isBetween(300, (int) (300 + refilled + 40));
    assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.body()).contains("\"status\":429", "solicitudes de mapas", "Espere");
    // a planner signed in is not counted
    assertThat(
            client
                .get(
                    "/api/tiles/municipalities/6/16/28.mvt",
                    "Authorization",
                    "Bearer " + Deployment.token("planeador1"))
                .status())
        .isEqualTo(200);
  }

  /** Backends of the application waiting for a lock on the municipalities. */
  private static long waitingOnTheLock() {
    return Deployment.count(
        "select count(*) from pg_stat_activity where usename = 'registry'"
            + " and wait_event_type = 'Lock' and query like '%cadastre.municipality%'");
  }

  @Test
  void aReadPastItsTimeLimitIsA503AndAFloodOfThemLeavesTheStaffPoolFree() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(20);
    try (Connection lock = Deployment.applicationRole()) {
      lock.setAutoCommit(false);
      try (Statement s = lock.createStatement()) {
        s.execute("lock table cadastre.municipality in access exclusive mode");
      }
      FromAddress client = FromAddress.fresh();
      FromAddress.Answer slow = client.get(ITEMS + "?limit=2");
      assertThat(slow.status()).isEqualTo(503);
      assertThat(Long.parseLong(slow.header("Retry-After"))).isPositive();
      assertThat(slow.body()).contains("servicio-ocupado", "Vuelva a intentarlo");

      List<Future<FromAddress.Answer>> flood = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int limit = 3 + i;
        flood.add(clients.submit(() -> client.get(ITEMS + "?limit=" + limit)));
      }
      // the pool's 8 connections end up waiting on the lock, never more
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      long waiting = 0;
      while (waiting < 8 && Instant.now().isBefore(deadline)) {
        waiting = waitingOnTheLock();
        assertThat(waiting).isLessThanOrEqualTo(8);
        Thread.sleep(100);
      }
      assertThat(waiting).isEqualTo(8);
      // staff work has its own pool
      Deployment.as("capturista1")
          .header("X-Justification", "SOPORTE_TECNICO")
          .get("/api/filings?limit=1")
          .then()
          .statusCode(200);
      assertThat(waitingOnTheLock()).isLessThanOrEqualTo(8);
      lock.rollback();
      for (Future<FromAddress.Answer> answer : flood) {
        FromAddress.Answer a = answer.get();
        assertThat(a.status()).isIn(200, 503);
        if (a.status() == 503) {
          assertThat(a.header("Retry-After")).isNotNull();
        }
      }
    } finally {
      clients.shutdownNow();
    }
  }
}
