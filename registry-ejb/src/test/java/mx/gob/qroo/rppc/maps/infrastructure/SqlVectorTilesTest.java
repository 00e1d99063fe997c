package mx.gob.qroo.rppc.maps.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tile benchmarks (bench/tiles.sh, bench/public-tiles.sh) time the tiles' queries alone in
 * pgbench, copied into the scripts; this keeps the copies in step with the queries the application
 * runs.
 */
class SqlVectorTilesTest {

  private static String inPgbench(String query, String... parameters) {
    for (String parameter : parameters) {
      query = query.replaceFirst("\\?", parameter);
    }
    assertThat(query).doesNotContain("?");
    return query + ";";
  }

  @Test
  void theBenchmarkTimesTheParcelTileQueryTheApplicationRuns() throws IOException {
    String script = Files.readString(Path.of("..", "bench", "tiles.sh"));
    assertThat(script)
        .contains(inPgbench(SqlVectorTiles.PARCELS, ":z", ":x", ":y", ":z", ":x", ":y"));
  }

  @Test
  void thePublicTilesBenchmarkTimesTheQueriesTheApplicationRunsAsItsAfter() throws IOException {
    String script = Files.readString(Path.of("..", "bench", "public-tiles.sh"));
    assertThat(script)
        .contains(
            "after_municipalities=\""
                + inPgbench(SqlVectorTiles.MUNICIPALITIES, ":z", ":x", ":y", ":z", ":x", ":y", ":z")
                + "\"")
        .contains(
            "after_zones=\""
                + inPgbench(
                    SqlVectorTiles.ZONES, ":z", ":x", ":y", ":z", ":x", ":y", ":z", ":day", ":day")
                + "\"");
  }
}
