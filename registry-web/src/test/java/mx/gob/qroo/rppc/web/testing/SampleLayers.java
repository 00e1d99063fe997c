package mx.gob.qroo.rppc.web.testing;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo layers of {@code gis-data/sample} (Cancún and Playa del Carmen blocks, their plans),
 * read in place from the repository.
 */
public final class SampleLayers {

  private SampleLayers() {}

  public static byte[] file(String name) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolve("gis-data").resolve("sample").resolve(name);
      if (Files.isRegularFile(candidate)) {
        try {
          return Files.readAllBytes(candidate);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("no se encontró gis-data/sample/" + name + " desde " + start);
  }

  /**
   * The municipalities and the sample parcels, imported by admin1 (a second import of the same
   * parcels changes nothing).
   */
  public static synchronized void parcelsLoaded() {
    Fixtures.municipalitiesLoaded();
    as("admin1")
        .contentType("application/geo+json")
        .body(file("parcelas.geojson"))
        .post("/api/layers/parcels/imports?fileName=parcelas.geojson")
        .then()
        .statusCode(201);
  }

  /**
   * A version of a Cancún plan (municipality 23005) from a sample zoning layer, as {@code user}.
   */
  public static io.restassured.response.Response publishPlan(
      String user, String key, String kind, String from, String file) {
    return publishLayer(user, key, kind, from, file, file(file));
  }

  /** A version of a Cancún plan from the zoning layer given, named {@code fileName}. */
  public static io.restassured.response.Response publishLayer(
      String user, String key, String kind, String from, String fileName, byte[] layer) {
    return (user == null ? Deployment.anonymous() : as(user))
        .contentType("application/geo+json")
        .queryParam("planKey", key)
        .queryParam("kind", kind)
        .queryParam("municipality", "23005")
        .queryParam("validFrom", from)
        .queryParam("name", "Plan de prueba " + key)
        .queryParam("sourceDocument", "POE de prueba")
        .queryParam("fileName", fileName)
        .body(layer)
        .post("/api/plans");
  }
}
