package mx.gob.qroo.rppc.spatial.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.qroo.rppc.spatial.domain.CrsOrigin;
import mx.gob.qroo.rppc.spatial.domain.SourceCrs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonCrsTest {

  @TempDir Path folder;

  private static final String SQUARE = "\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]";

  private SourceCrs crsOf(String json) throws IOException {
    Path file = folder.resolve("capa.geojson");
    Files.writeString(file, json);
    return GeoJsonCrs.of(file);
  }

  private static String feature(String geometryCrs) {
    return "{\"type\":\"Feature\",\"properties\":{\"crs\":\"no es este\"},\"geometry\":{\"type\":\"Polygon\","
        + SQUARE
        + (geometryCrs == null ? "" : ",\"crs\":" + geometryCrs)
        + "}}";
  }

  private static String name(String name) {
    return "{\"type\":\"name\",\"properties\":{\"name\":\"" + name + "\"}}";
  }

  @Test
  void inegisGeometryLevelCrsIsRead() throws IOException {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature(name("EPSG:6365"))
            + ","
            + feature(name("EPSG:6365"))
            + "]}";

    assertThat(crsOf(json)).isEqualTo(new SourceCrs(6365, CrsOrigin.GEOJSON_GEOMETRY_CRS));
  }

  @Test
  void theCollectionsCrsInUrnFormAndTheRfc7946Default() throws IOException {
    String urn =
        "{\"type\":\"FeatureCollection\",\"crs\":"
            + name("urn:ogc:def:crs:EPSG::6371")
            + ",\"features\":["
            + feature(null)
            + "]}";
    String crs84 =
        "{\"type\":\"FeatureCollection\",\"crs\":"
            + name("urn:ogc:def:crs:OGC:1.3:CRS84")
            + ",\"features\":[]}";
    String none = "{\"type\":\"FeatureCollection\",\"features\":[" + feature(null) + "]}";

    assertThat(crsOf(urn)).isEqualTo(new SourceCrs(6371, CrsOrigin.GEOJSON_COLLECTION_CRS));
    assertThat(crsOf(crs84)).isEqualTo(new SourceCrs(4326, CrsOrigin.GEOJSON_COLLECTION_CRS));
    assertThat(crsOf(none)).isEqualTo(new SourceCrs(4326, CrsOrigin.GEOJSON_DEFAULT));
  }

  @Test
  void geometriesThatDisagreeAreRefused() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature(name("EPSG:6365"))
            + ","
            + feature(name("EPSG:4326"))
            + "]}";

    assertThatThrownBy(() -> crsOf(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EPSG:6365")
        .hasMessageContaining("EPSG:4326");
  }

  @Test
  void notJsonAndAnUnknownCrsNameAreRefused() {
    assertThatThrownBy(() -> crsOf("{\"type\":"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON");
    assertThatThrownBy(
            () -> crsOf("{\"type\":\"FeatureCollection\",\"crs\":" + name("Lambert") + "}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Lambert");
  }
}
