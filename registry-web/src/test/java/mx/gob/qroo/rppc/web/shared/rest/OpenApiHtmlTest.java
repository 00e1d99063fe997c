package mx.gob.qroo.rppc.web.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiHtmlTest {

  @Test
  void everyOperationIsListedWithWhoMayCallIt() {
    String page = OpenApiHtml.page(OpenApiDocument.bundled().tree());
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<a href=\"openapi.yaml\">YAML</a>", "<a href=\"openapi.json\">JSON</a>")
        .contains(
            "<td>GET</td><td><code>/api/folios/{folioNumber}</code></td>",
            "<td>capturista, registrador, auditor, planeador, admin</td>"
                + "<td>sí; no para planeador</td>",
            "<td>GET</td><td><code>/api/health</code></td><td>Health check</td>"
                + "<td>cualquiera, sin token</td><td>—</td>",
            "cualquiera, sin token; con collectionId = parcels: capturista, registrador, auditor,"
                + " planeador, admin")
        .doesNotContain("<script");
  }

  @Test
  void theDocumentsTextIsEscaped() {
    Object document =
        YamlTrees.read(
            """
            info: {title: 'API <b>&</b>', version: '1'}
            tags: [{name: t, description: "d'x"}]
            paths:
              /a:
                get:
                  tags: [t]
                  summary: '<script>alert(1)</script>'
                  x-rppc-access: anonymous
            """);
    String page = OpenApiHtml.page((Map<?, ?>) document);
    assertThat(page)
        .contains(
            "API &lt;b&gt;&amp;&lt;/b&gt;", "d&#39;x", "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>", "<b>");
  }
}
