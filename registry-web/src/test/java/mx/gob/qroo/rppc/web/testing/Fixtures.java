package mx.gob.qroo.rppc.web.testing;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Registry data the deployed tests build through the API itself. */
public final class Fixtures {

  private static String sharedFolio;

  private Fixtures() {}

  /** A filing received by capturista1, which must answer 201; the answer's JSON. */
  public static JsonPath received(String body) {
    return as("capturista1")
        .body(body)
        .post("/api/filings")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /**
   * A file of {@code gis-data/inegi} (INEGI boundaries of Quintana Roo, carried by the repository),
   * read in place.
   */
  public static Path inegi(String file) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolve("gis-data").resolve("inegi");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(file);
      }
    }
    throw new IllegalStateException("no se encontró gis-data/inegi (desde " + start + ")");
  }

  /** The INEGI municipal boundaries, imported by admin1 (they replace any loaded before). */
  public static void municipalitiesLoaded() {
    try {
      as("admin1")
          .contentType("application/geo+json")
          .body(Files.readAllBytes(inegi("AGEM_23.geojson")))
          .post("/api/layers/municipalities/imports?fileName=AGEM_23.geojson")
          .then()
          .statusCode(201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new property folio in Cancún held by Carla Gómez Rivera; returns its number. */
  public static String newPropertyFolio() {
    return newPropertyFolio("CUN", "23005");
  }

  /** A new property folio of an office, in a municipality (INEGI cvegeo), held by Carla. */
  public static String newPropertyFolio(String office, String municipality) {
    return propertyFolio(office, municipality, municipality + "-" + System.nanoTime());
  }

  /**
   * A new property folio of Carla's in Cancún for a cadastral key (linked to the current parcel
   * with that key, if there is one).
   */
  public static String propertyFolioOn(String cadastralKey) {
    return propertyFolio("CUN", "23005", cadastralKey);
  }

  private static String propertyFolio(String office, String municipality, String cadastralKey) {
    return as("registrador1")
        .body(
            """
            {"office":"%s","municipality":"%s","cadastralKey":"%s","address":"Calle 5 Sur 120, Centro",
             "areaM2":250.50,"holders":[{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09","share":100}]}"""
                .formatted(office, municipality, cadastralKey))
        .post("/api/folios")
        .then()
        .statusCode(201)
        .extract()
        .path("folioNumber");
  }

  /** One folio shared by tests that only need some folio to file on. */
  public static synchronized String sharedFolio() {
    if (sharedFolio == null) {
      sharedFolio = newPropertyFolio();
    }
    return sharedFolio;
  }

  /** A sale of the folio to Jorge Pérez Hernández, received in Cancún and presented by Carla. */
  public static String saleOf(String folio) {
    return """
        {"office":"CUN","procedureType":"COMPRAVENTA",
         "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},
         "folios":["%s"],
         "act":{"holders":[{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00","share":100}],
                "value":1500000.00,"deed":{"number":"4512","notary":"Notaría 3 de Cancún","date":"2026-11-20"}}}"""
        .formatted(folio);
  }

  /** A lien certificate request on the folio, received in Cancún and presented by Carla. */
  public static String certificateRequestOf(String folio) {
    return """
        {"office":"CUN","procedureType":"CERTIFICADO_LIBERTAD_GRAVAMEN",
         "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},
         "folios":["%s"]}"""
        .formatted(folio);
  }
}
