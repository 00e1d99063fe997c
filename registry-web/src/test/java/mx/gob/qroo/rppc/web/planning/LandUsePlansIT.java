package mx.gob.qroo.rppc.web.planning;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.SampleLayers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans published through the API from the sample zoning layers, over the sample parcels of Cancún:
 * versions, the zoning report for staff and planners, and roles. Plan keys are unique per run so
 * that the tests also run against a long-lived instance.
 */
class LandUsePlansIT {

  private static final String RUN =
      Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  private static final String PDU = "PDU-IT-" + RUN;
  private static final String PARCEL = "23005-023-0001-009";

  private static JsonPath first;
  private static JsonPath second;

  @BeforeAll
  static void publishTwoVersions() {
    SampleLayers.parcelsLoaded();
    first =
        publish("planeador1", PDU, "PDU", "2014-10-14", "pdu-cancun-2014.geojson")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    second =
        publish("admin1", PDU, "PDU", "2024-06-01", "pdu-cancun-2024.geojson")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
  }

  private static io.restassured.response.Response publish(
      String user, String key, String kind, String from, String file) {
    return SampleLayers.publishPlan(user, key, kind, from, file);
  }

  private static RequestSpecification request(String user) {
    return user == null ? anonymous() : as(user);
  }

  @Test
  void aSecondVersionClosesTheFirstAndBothStayPublic() {
    assertThat(first.getInt("plan.version")).isEqualTo(1);
    assertThat(first.getInt("plan.zones")).isEqualTo(5);
    assertThat(first.getString("report.outcome")).isEqualTo("PUBLISHED");
    assertThat(second.getInt("plan.version")).isEqualTo(2);
    anonymous()
        .get("/api/public/plans/" + first.getLong("plan.id"))
        .then()
        .statusCode(200)
        .body("plan.validTo", equalTo("2024-05-31"))
        .body("zones.code", hasItems("CU", "EQ", "AV", "H2", "H3"))
        .body("zones.find { it.code == 'H2' }.densityDwellingsPerHa", equalTo(40.0f));
    anonymous()
        .get("/api/public/plans?date=2020-01-01")
        .then()
        .statusCode(200)
        .body("findAll { it.planKey == '" + PDU + "' }.version", equalTo(List.of(1)));
  }

  @Test
  void theZoningReportGivesTheZonesInForceOnTheDayWithSharesThatAddUp() {
    JsonPath in2020 = zoning("registrador1", "2020-01-01");
    JsonPath today = zoning("registrador1", null);

    List<Map<String, Object>> old = zonesOf(in2020);
    List<Map<String, Object>> current = zonesOf(today);
    assertThat(old).isNotEmpty();
    assertThat(current).isNotEmpty();
    assertThat(old).allSatisfy(z -> assertThat(z).containsEntry("version", 1));
    assertThat(current).allSatisfy(z -> assertThat(z).containsEntry("version", 2));
    // the 2014 corridor cuts this lot; every square metre of it is in exactly one zone
    assertThat(old.stream().mapToDouble(z -> ((Number) z.get("share")).doubleValue()).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.000_01));
    assertThat(in2020.getDouble("zoning.areaM2")).isGreaterThan(300);
  }

  @Test
  void staffSeeTheFolioAndItsHoldersPlannersSeeItWithoutPersonalData() {
    String folio = Fixtures.propertyFolioOn("23005-023-0002-003");
    Fixtures.received(Fixtures.saleOf(folio));

    JsonPath staff = zoning("registrador1", null, "23005-023-0002-003");
    JsonPath planner = zoning("planeador1", null, "23005-023-0002-003");

    // (a long-lived instance keeps the folios of earlier runs on the same parcel)
    String ours = "folios.find { it.folioNumber == '" + folio + "' }";
    assertThat(staff.getList("zoning.folioNumbers")).contains(folio);
    assertThat(staff.getInt(ours + ".pendingFilings")).isEqualTo(1);
    assertThat(staff.getString(ours + ".state.holders[0].name")).isEqualTo("Carla Gómez Rivera");
    assertThat(planner.getInt(ours + ".pendingFilings")).isEqualTo(1);
    assertThat(planner.getString(ours + ".state.holders[0].name")).isNull();
    assertThat(planner.getString(ours + ".state.holders[0].identifier")).isNull();
  }

  @Test
  void onlyPlannersAndTheAdministratorPublishAndTheReportNeedsStaff() {
    publish("capturista1", "PDU-IT-X" + RUN, "PDU", "2014-01-01", "pdu-cancun-2014.geojson")
        .then()
        .statusCode(403);
    publish(null, "PDU-IT-Y" + RUN, "PDU", "2014-01-01", "pdu-cancun-2014.geojson")
        .then()
        .statusCode(401);
    anonymous().get("/api/parcels/" + PARCEL + "/zoning").then().statusCode(401);
    as("planeador1").get("/api/parcels/23005-999-0001-001/zoning").then().statusCode(404);
  }

  @Test
  void badMetadataAndBadLayersAreRefusedAndPublishNothing() {
    request("planeador1")
        .contentType("application/geo+json")
        .queryParam("planKey", "PDU-IT-Z" + RUN)
        .queryParam("kind", "PDX")
        .queryParam("municipality", "23005")
        .queryParam("validFrom", "14/10/2014")
        .queryParam("fileName", "pdu.geojson")
        .body(SampleLayers.file("pdu-cancun-2014.geojson"))
        .post("/api/plans")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("kind", "validFrom"));
    // a POEL layer published as a PDU lacks the PDU's norms
    publish("planeador1", "PDU-IT-W" + RUN, "PDU", "2014-01-01", "poel-benito-juarez.geojson")
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("usos_perm"));
    // a UGA with a policy no POEL has
    String layer =
        new String(
                SampleLayers.file("poel-benito-juarez.geojson"),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("Conservación", "Urbanización total");
    SampleLayers.publishLayer(
            "planeador1",
            "POEL-IT-" + RUN,
            "POEL",
            "2014-07-27",
            "poel.geojson",
            layer.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .then()
        .statusCode(422)
        .body("type", org.hamcrest.Matchers.endsWith("/capa-rechazada"))
        .body("errors.field", hasItem("UGA 07"))
        .body("errors.message", hasItem("política de UGA desconocida: Urbanización total"));
    // the same layer saved in Latin-1, as old desktop tools do: GeoJSON is UTF-8
    SampleLayers.publishLayer(
            "planeador1",
            "POEL-IT-" + RUN,
            "POEL",
            "2014-07-27",
            "poel.geojson",
            layer.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
    assertThat(
            Deployment.count(
                "select count(*) from planning.land_use_plan where plan_key like ?", "%" + RUN))
        .isEqualTo(2);
  }

  @Test
  void anyoneReadsAPlansZonesAsOgcFeaturesInTheCrsAsked() {
    String collection = "zones-" + PDU.toLowerCase() + "-v2";
    anonymous()
        .get("/api/ogc/collections")
        .then()
        .statusCode(200)
        .body("collections.id", hasItems("municipalities", collection))
        .body("collections.id", org.hamcrest.Matchers.not(hasItem("parcels")));
    as("planeador1")
        .get("/api/ogc/collections")
        .then()
        .statusCode(200)
        .body("collections.id", hasItems("municipalities", "parcels", collection));
    JsonPath lonLat =
        anonymous()
            .get("/api/ogc/collections/" + collection + "/items?limit=100")
            .then()
            .statusCode(200)
            .header("Content-Crs", "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>")
            .body("numberMatched", equalTo(6))
            .body("features.find { it.id == 'EQ' }.properties.cos", equalTo(0.5f))
            .extract()
            .jsonPath();
    JsonPath latLon =
        anonymous()
            .get(
                "/api/ogc/collections/"
                    + collection
                    + "/items/EQ?crs=http://www.opengis.net/def/crs/EPSG/0/4326")
            .then()
            .statusCode(200)
            .header("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/4326>")
            .extract()
            .jsonPath();
    double lon =
        lonLat.getDouble("features.find { it.id == 'EQ' }.geometry.coordinates[0][0][0][0]");
    double lat =
        lonLat.getDouble("features.find { it.id == 'EQ' }.geometry.coordinates[0][0][0][1]");
    assertThat(lon).isBetween(-86.9, -86.8);
    assertThat(latLon.getDouble("geometry.coordinates[0][0][0][0]")).isEqualTo(lat);
    assertThat(latLon.getDouble("geometry.coordinates[0][0][0][1]")).isEqualTo(lon);
    // a bbox in UTM metres (EPSG:6371) around the school block only
    anonymous()
        .queryParam("bbox", "516840,2338900,516850,2338910")
        .queryParam("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/6371")
        .get("/api/ogc/collections/" + collection + "/items")
        .then()
        .statusCode(200)
        .body("numberMatched", org.hamcrest.Matchers.greaterThan(0))
        .body("numberMatched", org.hamcrest.Matchers.lessThan(6));
    anonymous()
        .get("/api/ogc/collections/" + collection + "/items?crs=EPSG:3857")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("crs"));
    anonymous()
        .get("/api/ogc/collections/" + collection + "/items?f=html")
        .then()
        .statusCode(200)
        .contentType(org.hamcrest.Matchers.startsWith("text/html"))
        .body(org.hamcrest.Matchers.containsString("Equipamiento urbano"));
  }

  @Test
  void parcelsAreServedToPlannersWithATokenAndEveryReadIsLogged() {
    anonymous().get("/api/ogc/collections/parcels/items").then().statusCode(401);
    long before =
        Deployment.count(
            "select count(*) from audit.access_event where resource_type = 'PARCEL'"
                + " and resource_id = ?",
            PARCEL);
    as("planeador1")
        .get("/api/ogc/collections/parcels/items/" + PARCEL)
        .then()
        .statusCode(200)
        .body("properties.clave_catastral", equalTo(PARCEL))
        .body("properties.municipio", equalTo("23005"))
        .body("properties.titulares", nullValue());
    assertThat(
            Deployment.count(
                "select count(*) from audit.access_event where resource_type = 'PARCEL'"
                    + " and resource_id = ?",
                PARCEL))
        .isEqualTo(before + 1);
  }

  // --- helpers

  private static JsonPath zoning(String user, String day) {
    return zoning(user, day, PARCEL);
  }

  private static JsonPath zoning(String user, String day, String parcel) {
    RequestSpecification request = as(user);
    if (day != null) {
      request.queryParam("date", day);
    }
    return request
        .get("/api/parcels/" + parcel + "/zoning")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The zones of this run's plan in a report, flattened: version, code, share. */
  private static List<Map<String, Object>> zonesOf(JsonPath report) {
    List<Map<String, Object>> zones = report.getList("zoning.zones");
    return zones.stream()
        .filter(z -> PDU.equals(((Map<?, ?>) z.get("plan")).get("planKey")))
        .map(
            z ->
                Map.<String, Object>of(
                    "version", ((Map<?, ?>) z.get("plan")).get("version"),
                    "code", ((Map<?, ?>) z.get("zone")).get("code"),
                    "share", z.get("share")))
        .toList();
  }
}
