package mx.gob.qroo.rppc.web.shared.rest;

import static mx.gob.qroo.rppc.web.shared.rest.OpenApiFormat.JSON;
import static mx.gob.qroo.rppc.web.shared.rest.OpenApiFormat.YAML;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Media types are built by hand: no JAX-RS runtime here to parse Accept headers. */
class OpenApiFormatTest {

  private static final List<OpenApiFormat> BOTH = List.of(YAML, JSON);

  private static MediaType type(String type, String subtype, String... parameters) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      map.put(parameters[i], parameters[i + 1]);
    }
    return new MediaType(type, subtype, map);
  }

  private static String chosen(List<MediaType> accept, List<OpenApiFormat> offered) {
    Optional<OpenApiFormat.Choice> choice = OpenApiFormat.choose(accept, offered);
    return choice
        .map(
            c ->
                c.format()
                    + " "
                    + c.mediaType().getType()
                    + "/"
                    + c.mediaType().getSubtype()
                    + c.mediaType().getParameters())
        .orElse("406");
  }

  @Test
  void qgisAskingForOpenApiJsonGetsJsonLabelledSo() {
    List<MediaType> qgis = List.of(type("application", "vnd.oai.openapi+json", "version", "3.0"));
    assertThat(chosen(qgis, BOTH)).isEqualTo("JSON application/vnd.oai.openapi+json{version=3.0}");
    assertThat(chosen(qgis, List.of(JSON)))
        .isEqualTo("JSON application/vnd.oai.openapi+json{version=3.0}");
  }

  @Test
  void plainJsonAndYamlAreAnsweredUnderTheirGenericTypes() {
    assertThat(chosen(List.of(type("application", "json")), BOTH))
        .isEqualTo("JSON application/json{}");
    assertThat(chosen(List.of(type("application", "yaml")), BOTH))
        .isEqualTo("YAML application/yaml{}");
    assertThat(chosen(List.of(type("application", "vnd.oai.openapi")), BOTH))
        .isEqualTo("YAML application/vnd.oai.openapi{version=3.0}");
  }

  @Test
  void anyTypeGetsTheFirstFormOffered() {
    List<MediaType> anything = List.of(type("*", "*"));
    assertThat(chosen(anything, BOTH)).isEqualTo("YAML application/yaml{}");
    assertThat(chosen(anything, List.of(JSON))).isEqualTo("JSON application/json{}");
    assertThat(chosen(List.of(type("application", "*")), BOTH))
        .isEqualTo("YAML application/yaml{}");
  }

  @Test
  void theClientsOrderOfPreferenceDecides() {
    List<MediaType> browser =
        List.of(type("text", "html"), type("application", "json"), type("*", "*", "q", "0.8"));
    assertThat(chosen(browser, BOTH)).isEqualTo("JSON application/json{}");
  }

  @Test
  void whatCannotBeGivenIsNotAcceptable() {
    assertThat(chosen(List.of(type("text", "html")), BOTH)).isEqualTo("406");
    assertThat(chosen(List.of(type("application", "yaml")), List.of(JSON))).isEqualTo("406");
    assertThat(chosen(List.of(type("application", "json", "q", "0")), BOTH)).isEqualTo("406");
  }
}
