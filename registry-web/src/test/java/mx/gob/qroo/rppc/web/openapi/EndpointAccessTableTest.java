package mx.gob.qroo.rppc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/endpoint-access.md} is the table the OpenAPI document's {@code x-rppc-access} gives
 * today; with {@code -Drppc.write-docs=true} this test writes it instead of comparing.
 */
class EndpointAccessTableTest {

  static final Path TABLE = Path.of("..", "docs", "endpoint-access.md");

  @Test
  void thePublishedTableIsTheDocumentsOwn() throws IOException {
    String expected = EndpointAccessTable.markdown(DocumentedOperations.all());
    if (Boolean.getBoolean("rppc.write-docs")) {
      Files.createDirectories(TABLE.getParent());
      Files.writeString(TABLE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(TABLE))
        .as("%s is missing; write it with %s", TABLE, EndpointAccessTable.REGENERATE)
        .isTrue();
    assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
        .as("%s is stale; write it again with %s", TABLE, EndpointAccessTable.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void rowsSayWhoAndWhetherPersonalDataIsAnswered() {
    String table = EndpointAccessTable.markdown(DocumentedOperations.all());
    assertThat(table)
        .contains(
            "| GET | `/api/folios/{folioNumber}` | `capturista`, `registrador`, `auditor`,"
                + " `planeador`, `admin` | yes; not for `planeador` (redacted) |")
        .contains("| GET | `/api/health` | anonymous | — |")
        .contains("| POST | `/api/filings` | `capturista` | no |")
        .contains("| GET | `/api/ogc/collections/{collectionId}/items` | anonymous | — |")
        .contains(
            "| GET | `/api/ogc/collections/parcels/items` | `capturista`, `registrador`,"
                + " `auditor`, `planeador`, `admin` | no |");
  }
}
