package mx.gob.qroo.rppc.web.document;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;

/** A document through the API once its extraction is over, and its text. */
final class ExtractedDocuments {

  private ExtractedDocuments() {}

  /** The document once its extraction is over (PROCESSED or FAILED), within 3 minutes. */
  static JsonPath settled(long id) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonPath document =
          as("registrador1")
              .get("/api/documents/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (!"PROCESSING".equals(document.getString("status"))) {
        return document;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("el documento " + id + " sigue en proceso");
  }

  static String text(long id) {
    return as("registrador1")
        .accept("text/plain")
        .get("/api/documents/" + id + "/text")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
