package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks the Apache Tika server ({@code rppc.tika.url}) for a file's text and page count. Tika parses
 * in a child process it watches (config/tika/tika-config.xml): a file that runs too long or too big
 * is killed there and answered with an error. Pages without a text layer are read by Tesseract in
 * Spanish ({@code X-Tika-PDFOcrStrategy: auto}, {@code X-Tika-OCRLanguage: spa}).
 */
@ApplicationScoped
public class TikaExtraction {

  /** Longer than the server's own task timeout, so that the server is the one that gives up. */
  static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** What Tika found, or why it could not. */
  public record Extracted(boolean ok, String text, Integer pages, String reason) {}

  public Extracted extract(Path file, String mediaType) {
    try {
      HttpResponse<String> text = put("/tika", file, mediaType, "text/plain");
      if (text.statusCode() != 200) {
        return failure(text.statusCode());
      }
      HttpResponse<String> meta = put("/meta", file, mediaType, "application/json");
      Integer pages = meta.statusCode() == 200 ? pages(meta.body()) : null;
      return new Extracted(true, text.body().strip(), pages, null);
    } catch (HttpTimeoutException e) {
      return new Extracted(false, null, null, "la extracción tardó demasiado y se detuvo");
    } catch (IOException e) {
      return new Extracted(false, null, null, "no se pudo consultar a Tika: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Extracted(false, null, null, "extracción interrumpida");
    }
  }

  private HttpResponse<String> put(String path, Path file, String mediaType, String accept)
      throws IOException, InterruptedException {
    String base = System.getProperty("rppc.tika.url", "http://127.0.0.1:9998");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Content-Type", mediaType)
            .header("Accept", accept)
            .header("X-Tika-OCRLanguage", "spa")
            .header("X-Tika-PDFOcrStrategy", "auto")
            .PUT(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Extracted failure(int status) {
    String reason =
        switch (status) {
          case 422 -> "el archivo está dañado, cifrado o no se puede leer";
          case 415 -> "Tika no reconoce el tipo del archivo";
          case 503 -> "la extracción se detuvo: excedió el tiempo o la memoria permitidos";
          default -> "Tika respondió " + status + " al extraer el texto";
        };
    return new Extracted(false, null, null, reason);
  }

  private static Integer pages(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject meta = reader.readObject();
      String pages =
          meta.containsKey("xmpTPg:NPages") ? meta.getString("xmpTPg:NPages", null) : null;
      return pages == null ? 1 : Integer.valueOf(pages);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
