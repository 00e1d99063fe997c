package mx.gob.qroo.rppc.web.maps;

import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.SampleLayers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * QGIS, the planners' desktop tool, opens the registry's OGC API - Features with its own provider
 * (Debian python3-qgis, headless) and reads every feature of the municipalities and of a plan's
 * zones: the service it refused while the landing page's service-desc could not be had as JSON.
 */
class QgisClientIT {

  private static final String RUN =
      Long.toString(System.nanoTime() % 1_000_000_000L, 36).toLowerCase();
  private static final String ZONES = "zones-pdu-qgis-" + RUN + "-v1";

  @BeforeAll
  static void aPlanToRead() {
    Fixtures.municipalitiesLoaded();
    SampleLayers.publishPlan(
            "planeador1", "PDU-QGIS-" + RUN, "PDU", "2024-06-01", "pdu-cancun-2024.geojson")
        .then()
        .statusCode(201);
  }

  @Test
  void qgisReadsEveryFeatureOfThePublicCollections() throws Exception {
    Map<String, String[]> read = qgis(List.of("municipalities", ZONES));

    for (String collection : List.of("municipalities", ZONES)) {
      int served =
          anonymous()
              .get("/api/ogc/collections/" + collection + "/items?limit=1000")
              .then()
              .statusCode(200)
              .extract()
              .path("features.size()");
      assertThat(read).containsKey(collection);
      assertThat(read.get(collection)[1]).as(collection + " taken by QGIS").isEqualTo("True");
      assertThat(Integer.parseInt(read.get(collection)[2]))
          .as(collection)
          .isEqualTo(served)
          .isPositive();
    }
  }

  /** Runs the script under Debian's Python with QGIS; its lines by collection. */
  private static Map<String, String[]> qgis(List<String> collections)
      throws IOException, InterruptedException {
    Path script = Path.of("src/test/resources/qgis/read_collections.py").toAbsolutePath();
    Path home = Files.createTempDirectory("rppc-qgis-");
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/python3", script.toString(), BASE_URL + "/api/ogc"));
    command.addAll(collections);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("QT_QPA_PLATFORM", "offscreen");
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_RUNTIME_DIR", home.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("QGIS finished").isTrue();
    assertThat(process.exitValue())
        .as("QGIS (Debian python3-qgis; ./registry test installs it) said:\n" + output)
        .isZero();
    Map<String, String[]> lines = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length == 3) {
        lines.put(fields[0], fields);
      }
    }
    return lines;
  }
}
