package mx.gob.qroo.rppc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathTemplatesTest {

  @Test
  void classAndMethodPathsJoinWithOneSlash() {
    assertThat(PathTemplates.join("/filings", "/{entryNumber}/assignment"))
        .isEqualTo("/filings/{entryNumber}/assignment");
    assertThat(PathTemplates.join("filings/", "queue/")).isEqualTo("/filings/queue");
    assertThat(PathTemplates.join("/", "openapi.yaml")).isEqualTo("/openapi.yaml");
    assertThat(PathTemplates.join("/health")).isEqualTo("/health");
    assertThat(PathTemplates.join("/")).isEqualTo("/");
  }

  @Test
  void regularExpressionsOfTemplatesAreDropped() {
    assertThat(PathTemplates.normalise("/tiles/{layer}/{z : \\d+}/{x:[0-9]{1,7}}/{ y }.mvt"))
        .isEqualTo("/tiles/{layer}/{z}/{x}/{y}.mvt");
    assertThat(PathTemplates.normalise("/{file: openapi\\.(yaml|json)}")).isEqualTo("/{file}");
  }
}
