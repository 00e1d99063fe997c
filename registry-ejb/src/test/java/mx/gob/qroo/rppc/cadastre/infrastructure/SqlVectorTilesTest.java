package mx.gob.qroo.rppc.cadastre.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tile benchmark (bench/tiles.sh) times the parcel tile's query alone in pgbench, copied into
 * the script; this keeps the copy in step with the query the application runs.
 */
class SqlVectorTilesTest {

  @Test
  void theBenchmarkTimesTheParcelTileQueryTheApplicationRuns() throws IOException {
    String script = Files.readString(Path.of("..", "bench", "tiles.sh"));
    String query = SqlVectorTiles.PARCELS;
    for (String parameter : new String[] {":z", ":x", ":y", ":z", ":x", ":y"}) {
      query = query.replaceFirst("\\?", parameter);
    }
    assertThat(query).doesNotContain("?");
    assertThat(script).contains(query + ";");
  }
}
