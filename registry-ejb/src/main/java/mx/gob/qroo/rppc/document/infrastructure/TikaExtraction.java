package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import mx.gob.qroo.rppc.document.domain.Documents.Extraction;

/**
 * Asks the Apache Tika server ({@code rppc.tika.url}) for a file's text and page count, in one
 * parse. Tika parses in a child process it watches (config/tika/tika-config.xml): a file that runs
 * too long or too big is killed there and answered with an error. Pages without a text layer are
 * read by Tesseract in Spanish ({@code X-Tika-PDFOcrStrategy: auto}, {@code X-Tika-OCRLanguage:
 * spa}), each such page handed to Tesseract as a TIFF rather than Tika's default PNG: the same
 * pixels and the same text, ~0.6 s less per 300 dpi page (bench/README.md, "Documents").
 */
@ApplicationScoped
public class TikaExtraction {

  /** Longer than the server's own task timeout, so that the server is the one that gives up. */
  static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * Tika gave no answer: it was not listening (its parsing process is starting again, after a file
   * that ran past the limits, or the server is down), the wait was interrupted (the application is
   * stopping), or it dropped the connection while parsing ({@link #duringParse()}): its parsing
   * process was stopped, for this file's sake or for another parsed at the same time. Nothing is
   * known of the file itself.
   */
  public static final class Unavailable extends RuntimeException {
    private final boolean duringParse;

    Unavailable(String message, boolean duringParse, Throwable cause) {
      super(message, cause);
      this.duringParse = duringParse;
    }

    public boolean duringParse() {
      return duringParse;
    }
  }

  /** Why a file fails when Tika was stopped while parsing it, each time it was tried. */
  public static final String STOPPED =
      "la extracción se detuvo: excedió el tiempo o la memoria permitidos";

  public Extraction extract(Path file, String mediaType) {
    Optional<String> tooLarge = ImageSize.tooLarge(file, mediaType);
    if (tooLarge.isPresent()) {
      return Extraction.failed(tooLarge.get());
    }
    try {
      HttpResponse<String> response = put(file, mediaType);
      if (response.statusCode() != 200) {
        return failure(response.statusCode());
      }
      Extraction extracted = read(response.body());
      if (extracted.ok() && "image/tiff".equals(mediaType)) {
        // Tika reads every page of a TIFF but does not count them
        return Extraction.processed(
            extracted.text(), TiffPages.count(file).orElse(extracted.pages()));
      }
      return extracted;
    } catch (HttpTimeoutException e) {
      return Extraction.failed("la extracción tardó demasiado y se detuvo");
    } catch (ConnectException e) {
      throw new Unavailable("Tika no escucha en " + base(), false, e);
    } catch (IOException e) {
      throw new Unavailable("Tika cortó la conexión al extraer: " + e.getMessage(), true, e);
    } catch (InterruptedException e) {
      // the application is stopping: nothing is known of the file, which waits for the next start
      Thread.currentThread().interrupt();
      throw new Unavailable("extracción interrumpida", false, e);
    }
  }

  /**
   * One parse gives text and metadata ({@code /rmeta/text}): the file and each file embedded in it,
   * the first being the file itself, whose parse error (if any) Tika reports in its metadata.
   */
  static Extraction read(String json) {
    JsonArray parts;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      parts = reader.readArray();
    }
    JsonObject container = parts.getJsonObject(0);
    String error = container.getString("X-TIKA:EXCEPTION:container_exception", null);
    if (error != null) {
      return Extraction.failed(reason(error));
    }
    StringBuilder text = new StringBuilder();
    for (JsonObject part : parts.getValuesAs(JsonObject.class)) {
      String content = part.getString("X-TIKA:content", "").strip();
      if (!content.isEmpty()) {
        text.append(text.isEmpty() ? "" : "\n\n").append(content);
      }
    }
    return Extraction.processed(text.toString(), pages(container));
  }

  private HttpResponse<String> put(Path file, String mediaType)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "/rmeta/text"))
            .timeout(TIMEOUT)
            .header("Content-Type", mediaType)
            .header("Accept", "application/json")
            .header("X-Tika-OCRLanguage", "spa")
            .header("X-Tika-PDFOcrStrategy", "auto")
            .header("X-Tika-PDFOcrImageFormatName", "tiff")
            .PUT(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String base() {
    return System.getProperty("rppc.tika.url", "http://127.0.0.1:9998");
  }

  private static String reason(String exception) {
    if (exception.contains("Encrypted")) {
      return "el archivo está cifrado: entréguelo sin contraseña";
    }
    if (exception.contains("Zip bomb") || exception.contains("bomb")) {
      return "el archivo se expande demasiado al abrirlo (posible bomba de compresión)";
    }
    String firstLine = exception.lines().findFirst().orElse(exception);
    return "el archivo está dañado o no se puede leer ("
        + firstLine.substring(0, Math.min(160, firstLine.length()))
        + ")";
  }

  private static Extraction failure(int status) {
    String reason =
        switch (status) {
          case 422 -> "el archivo está dañado, cifrado o no se puede leer";
          case 415 -> "Tika no reconoce el tipo del archivo";
          case 503 -> STOPPED;
          default -> "Tika respondió " + status + " al extraer el texto";
        };
    return Extraction.failed(reason);
  }

  /** Pages of a paged format (PDF, TIFF…); 1 for the rest. */
  private static Integer pages(JsonObject metadata) {
    JsonValue pages = metadata.get("xmpTPg:NPages");
    if (pages == null) {
      return 1;
    }
    String value =
        pages.getValueType() == JsonValue.ValueType.ARRAY
            ? pages.asJsonArray().getString(0)
            : ((JsonString) pages).getString();
    return Integer.valueOf(value.strip());
  }
}
