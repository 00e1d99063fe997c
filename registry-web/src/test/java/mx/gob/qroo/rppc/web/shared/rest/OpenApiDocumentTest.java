package mx.gob.qroo.rppc.web.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  private final OpenApiDocument document = OpenApiDocument.bundled();

  @Test
  void theJsonIsTheSameDocumentAsTheYaml() {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(document.json()))) {
      json = reader.readObject();
    }
    Object reread = YamlTrees.read(new String(document.yaml(), StandardCharsets.UTF_8));
    assertThat(json).isEqualTo(JsonTrees.of(reread));
    assertThat(json.getString("openapi")).isEqualTo("3.0.3");
    assertThat(json.getJsonObject("paths").keySet())
        .isEqualTo(((java.util.Map<?, ?>) document.tree().get("paths")).keySet())
        .contains("/openapi.json", "/filings/{entryNumber}/examination");
  }

  @Test
  void theYamlIsServedAsWritten() throws Exception {
    try (var in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
      assertThat(document.yaml()).isEqualTo(in.readAllBytes());
    }
  }
}
