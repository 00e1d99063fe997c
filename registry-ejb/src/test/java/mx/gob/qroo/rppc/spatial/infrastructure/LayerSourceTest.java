package mx.gob.qroo.rppc.spatial.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.gob.qroo.rppc.shared.domain.UnsupportedFormatException;
import mx.gob.qroo.rppc.spatial.domain.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerSourceTest {

  @TempDir Path temp;

  @Test
  void theBytesTellTheFormatWhateverTheName() throws IOException {
    assertThat(
            LayerSource.detect(
                text("capa.zip", "\uFEFF \n{\"type\": \"FeatureCollection\", \"features\": []}")))
        .isEqualTo(SourceFormat.GEOJSON);
    assertThat(
            LayerSource.detect(
                text("a.gpkg", "{\"features\": [{\"type\": \"Feature\"}], \"type\": \"Feature\"}")))
        .isEqualTo(SourceFormat.GEOJSON);
    assertThat(LayerSource.detect(sqlite("capa.geojson", 0x47504B47)))
        .isEqualTo(SourceFormat.GEOPACKAGE);
    assertThat(LayerSource.detect(zip("a.json", Map.of("a.shp", "x"))))
        .isEqualTo(SourceFormat.SHAPEFILE);
  }

  @Test
  void anythingElseIsRefusedBeforeGdalSeesIt() throws IOException {
    String vrt =
        "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>PG:dbname=registry</SrcDataSource>"
            + "</OGRVRTLayer></OGRVRTDataSource>";
    for (Path hostile :
        new Path[] {
          text("capa.geojson", vrt),
          text("capa.geojson", "{\"type\": \"Topology\"}"),
          text("capa.geojson", "{\"crs\": {\"type\": \"name\"}, \"features\": []}"),
          text("capa.geojson", "{\"type\": "),
          text("capa.geojson", "cvegeo,nombre\n23005,Benito Juárez\n"),
          sqlite("capa.gpkg", 0),
          text("capa.gpkg", ""),
        }) {
      assertThatThrownBy(() -> LayerSource.detect(hostile))
          .as(Files.readString(hostile, StandardCharsets.ISO_8859_1))
          .isInstanceOf(UnsupportedFormatException.class)
          .hasMessageContaining("se aceptan GeoJSON, GeoPackage y Shapefile");
    }
  }

  @Test
  void aShapefileArchiveIsUnpackedMemberByMemberAndOpenedByName() throws IOException {
    Path zip =
        zip(
            "capa.zip",
            Map.of(
                "carpeta/predios.shp", "shp", "carpeta/predios.dbf", "dbf", "predios.prj", "prj"));
    try (LayerSource source = LayerSource.open(zip, null)) {
      assertThat(source.format()).isEqualTo(SourceFormat.SHAPEFILE);
      assertThat(source.path().getFileName()).hasToString("predios.shp");
      assertThat(source.path().getParent().getParent()).isEqualTo(source.workFolder());
      assertThat(Files.readString(source.path().resolveSibling("predios.dbf"))).isEqualTo("dbf");
      assertThat(Files.getPosixFilePermissions(source.workFolder()))
          .extracting(Object::toString)
          .containsOnly("OWNER_READ", "OWNER_WRITE", "OWNER_EXECUTE");
    }
  }

  @Test
  void anArchiveWithAnythingButShapefileMembersIsRefusedWhole() throws IOException {
    // other processes on the machine (a test instance's WildFly) may be importing layers too:
    // only folders that appear while these archives are refused count
    java.util.Set<Path> before = workingFolders();
    for (Map<String, String> members :
        java.util.List.of(
            Map.of("a.shp", "x", "a.vrt", "<OGRVRTDataSource/>"),
            Map.of("a.shp", "x", "../../etc/cron.d/a.dbf", "x"),
            Map.of("a.shp", "x", "/tmp/a.dbf", "x"),
            Map.of("a.shp", "x", "b/a.shp", "x"),
            Map.of("a.csv", "x"),
            Map.of("a.prj", "x"))) {
      Path zip = zip("capa.zip", members);
      assertThatThrownBy(() -> LayerSource.open(zip, null))
          .as(members.toString())
          .isInstanceOf(UnsupportedFormatException.class);
    }
    java.util.Set<Path> left = workingFolders();
    left.removeAll(before);
    assertThat(left).as("no working folder is left behind by a refused archive").isEmpty();
  }

  private static java.util.Set<Path> workingFolders() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("rppc-gdal-"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  @Test
  void severalLayersInOneArchiveNeedTheOneToOpen() throws IOException {
    Path zip = zip("capa.zip", Map.of("a.shp", "a", "b.shp", "b"));
    assertThatThrownBy(() -> LayerSource.open(zip, null)).hasMessageContaining("sourceLayer");
    try (LayerSource source = LayerSource.open(zip, "b")) {
      assertThat(source.path().getFileName()).hasToString("b.shp");
    }
  }

  @Test
  void onlyTheSourcesOwnDriverAndTheDumpsAreLeftToGdal() {
    String skipped = GdalDrivers.skippedFor(SourceFormat.GEOJSON);
    assertThat(skipped.split(","))
        .contains("VRT", "OGR_VRT", "GPKG", "ESRI Shapefile", "CSV", "WFS")
        .doesNotContain("GeoJSON", "PGDUMP");
  }

  private Path text(String name, String content) throws IOException {
    Path dir = Files.createTempDirectory(temp, "f");
    return Files.writeString(dir.resolve(name), content);
  }

  private Path sqlite(String name, int applicationId) throws IOException {
    byte[] header = new byte[100];
    byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, header, 0, magic.length);
    java.nio.ByteBuffer.wrap(header, 68, 4).putInt(applicationId);
    Path dir = Files.createTempDirectory(temp, "f");
    return Files.write(dir.resolve(name), header);
  }

  private Path zip(String name, Map<String, String> members) throws IOException {
    Path dir = Files.createTempDirectory(temp, "f");
    Path zip = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Map.Entry<String, String> member : new java.util.TreeMap<>(members).entrySet()) {
        out.putNextEntry(new ZipEntry(member.getKey()));
        out.write(member.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }
}
