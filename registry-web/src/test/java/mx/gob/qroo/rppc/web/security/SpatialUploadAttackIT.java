package mx.gob.qroo.rppc.web.security;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile spatial uploads, as an administrator or planner whose account was taken over would send
 * them: a GDAL recipe (VRT) that reads the server's files or database, archives smuggling other
 * members, a file GDAL chokes on. Each is refused cleanly, stores nothing, leaks nothing of the
 * server, and leaves a trace in the access log.
 */
class SpatialUploadAttackIT {

  /** A VRT that would read the server's password file, and one that would open the database. */
  private static final List<String> RECIPES =
      List.of(
          "<OGRVRTDataSource><OGRVRTLayer name=\"p\"><SrcDataSource>/etc/passwd</SrcDataSource>"
              + "</OGRVRTLayer></OGRVRTDataSource>",
          "<OGRVRTDataSource><OGRVRTLayer name=\"s\"><SrcDataSource>PG:host=127.0.0.1"
              + " dbname=registry user=registry</SrcDataSource><SrcSQL>select * from"
              + " shared.staff_member</SrcSQL></OGRVRTLayer></OGRVRTDataSource>",
          "<VRTDataset rasterXSize=\"1\" rasterYSize=\"1\"><VRTRasterBand dataType=\"Byte\">"
              + "<SimpleSource><SourceFilename>/vsicurl/http://127.0.0.1:8180/</SourceFilename>"
              + "</SimpleSource></VRTRasterBand></VRTDataset>");

  @Test
  void aGdalRecipeIsRefusedWhateverNameItCarries() {
    long reports = count("select count(*) from spatial.layer_import");
    for (String recipe : RECIPES) {
      for (String name : List.of("capa.geojson", "capa.gpkg", "capa.zip", "capa.vrt")) {
        Response answer = importLayer(recipe.getBytes(StandardCharsets.UTF_8), name);
        refusedAsUnsupported(answer);
      }
    }
    assertThat(count("select count(*) from spatial.layer_import")).isEqualTo(reports);
  }

  @Test
  void anArchiveIsAShapefileOrNothing() throws IOException {
    long reports = count("select count(*) from spatial.layer_import");
    Map<String, String> vrtInside = new LinkedHashMap<>();
    vrtInside.put("capa.shp", "no importa");
    vrtInside.put("capa.vrt", RECIPES.get(0));
    Map<String, String> climbing = new LinkedHashMap<>();
    climbing.put("capa.shp", "no importa");
    climbing.put("../../../../tmp/capa.dbf", "no importa");
    Map<String, String> noShapefile = Map.of("leeme.txt", "hola");
    for (Map<String, String> members : List.of(vrtInside, climbing, noShapefile)) {
      refusedAsUnsupported(importLayer(zip(members), "predios.zip"));
    }
    assertThat(count("select count(*) from spatial.layer_import")).isEqualTo(reports);
  }

  @Test
  void aSqliteFileThatIsNoGeoPackageIsRefused() {
    byte[] header = new byte[1024];
    byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, header, 0, magic.length);
    refusedAsUnsupported(importLayer(header, "capa.gpkg"));
  }

  @Test
  void whatGdalSaysOfABrokenFileStaysInTheServerLog() {
    byte[] truncated =
        ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"cvegeo\":\"23005\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
            .getBytes(StandardCharsets.UTF_8);
    String body =
        importLayer(truncated, "roto.geojson")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .asString();
    assertThat(body).doesNotContain("/tmp", "ERROR", "rppc-", "ogr2ogr", "GDAL:");
  }

  @Test
  void aRejectionQuotesTheFilesValuesOnlyAsShortEscapedExcerpts() {
    String longKey = "<script>alert(1)</script>\u0007\u001b[31m" + "9".repeat(5_000);
    String geojson =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"cvegeo\":\""
            + longKey.replace("\u0007", "\\u0007").replace("\u001b", "\\u001b")
            + "\",\"nom_agem\":\"X\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[-86.9,21.1],[-86.8,21.1],[-86.8,21.2],[-86.9,21.1]]]}}]}";
    Response answer = importLayer(geojson.getBytes(StandardCharsets.UTF_8), "m.geojson");
    answer.then().statusCode(422);
    List<String> fields = answer.path("errors.field");
    List<String> messages = answer.path("errors.message");
    assertThat(fields).isNotEmpty().allSatisfy(f -> assertThat(f.length()).isLessThan(100));
    assertThat(String.join("", fields) + String.join("", messages))
        .doesNotContain("\u0007", "\u001b", "9".repeat(80));
  }

  @Test
  void aPlanVersionUploadIsHeldToTheSameRules() {
    long plans = count("select count(*) from planning.land_use_plan");
    Response answer =
        as("planeador1")
            .contentType("application/octet-stream")
            .body(RECIPES.get(1).getBytes(StandardCharsets.UTF_8))
            .post(
                "/api/plans?planKey=PDU-ATAQUE&kind=PDU&municipality=23005&validFrom=2030-01-01"
                    + "&name=Ataque&sourceDocument=x&fileName=pdu.geojson");
    refusedAsUnsupported(answer, "planeador1");
    assertThat(count("select count(*) from planning.land_use_plan")).isEqualTo(plans);
  }

  private static Response importLayer(byte[] body, String name) {
    return as("admin1")
        .contentType("application/octet-stream")
        .body(body)
        .post("/api/layers/municipalities/imports?fileName=" + name);
  }

  private static void refusedAsUnsupported(Response answer) {
    refusedAsUnsupported(answer, "admin1");
  }

  /** 415 problem, nothing of the server in it, and the attempt logged as REJECTED. */
  private static void refusedAsUnsupported(Response answer, String actor) {
    String requestId = answer.header("X-Request-Id");
    String body =
        answer
            .then()
            .statusCode(415)
            .contentType("application/problem+json")
            .body("type", endsWith("/formato-no-admitido"))
            .extract()
            .asString();
    assertThat(body).doesNotContain("root:", "/etc/passwd", "registry-demo", "staff_member");
    assertThat(
            count(
                "select count(*) from audit.access_event where request_id = ? and actor = ?"
                    + " and outcome = 'REJECTED'",
                requestId,
                actor))
        .as("the refused upload is in the access log")
        .isEqualTo(1);
  }

  private static byte[] zip(Map<String, String> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> member : members.entrySet()) {
        out.putNextEntry(new ZipEntry(member.getKey()));
        out.write(member.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
