package mx.gob.qroo.rppc.cadastre.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import mx.gob.qroo.rppc.cadastre.domain.CrsOrigin;
import mx.gob.qroo.rppc.cadastre.domain.FieldMapping;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport.Outcome;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportRequest;
import mx.gob.qroo.rppc.cadastre.domain.ReferenceLayer;
import mx.gob.qroo.rppc.cadastre.domain.SourceCrs;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every INEGI file in {@code ../shared/data/inegi} through ogr2ogr, staging, checks and
 * publication, against the real PostGIS: CRS from where each format keeps it, UTF-8 names, areas in
 * EPSG:6371 equal (within 0.01 %) to what PostGIS computes from the source, and broken layers
 * rejected whole with a report.
 */
class ReferenceLayerImportDbIT {

  private static final Path INEGI = inegiFolder();
  private static TestDatabase database;

  @TempDir Path temp;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(
        database.dataSource(), ReferenceLayerImportDbIT.class.getClassLoader());
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void inegiMunicipalitiesFromGeoJsonKeepTheirGeometryLevelCrsNamesAndAreas() throws Exception {
    LayerImportReport report =
        run(request("AGEM_23.geojson", ReferenceLayer.MUNICIPALITIES, null, false));

    assertThat(report.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(report.crs().srid()).isEqualTo(6365);
    assertThat(report.crs().origin()).isEqualTo(CrsOrigin.GEOJSON_GEOMETRY_CRS);
    assertThat(report.featuresRead()).isEqualTo(11);
    assertThat(report.featuresPublished()).isEqualTo(11);
    assertThat(names("municipality"))
        .containsEntry("23004", "Othón P. Blanco")
        .containsEntry("23007", "Lázaro Cárdenas")
        .hasSize(11);
    Map<String, Double> fromSource = sourceAreas("AGEM_23.geojson", 6365);
    assertAreasMatch(areas("municipality"), fromSource);
    // islands survive: Cozumel is one municipality made of its island
    assertThat(count("select count(*) from cadastre.municipality where ST_NumGeometries(geom) > 1"))
        .isPositive();
  }

  @Test
  void aGeoPackageInUtmGivesTheSameMunicipalitiesAsTheGeoJson() throws Exception {
    Map<String, Double> fromSource = sourceAreas("AGEM_23.geojson", 6365);

    LayerImportReport report =
        run(request("AGEM_23_utm16n.gpkg", ReferenceLayer.MUNICIPALITIES, null, false));

    assertThat(report.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(report.crs().srid()).isEqualTo(6371);
    assertThat(report.crs().origin()).isEqualTo(CrsOrigin.GEOPACKAGE);
    assertThat(names("municipality")).containsEntry("23004", "Othón P. Blanco").hasSize(11);
    assertAreasMatch(areas("municipality"), fromSource);
  }

  @Test
  void localitiesFromGeoJsonAndFromAZippedShapefileWithItsPrj() throws Exception {
    LayerImportReport cancun =
        run(request("AGLOC_23005.geojson", ReferenceLayer.LOCALITIES, null, false));
    LayerImportReport playa =
        run(request("AGLOC_23008.geojson", ReferenceLayer.LOCALITIES, null, false));
    Map<String, Double> cancunFromSource = sourceAreas("AGLOC_23005.geojson", 6365);
    LayerImportReport shapefile =
        run(request("AGLOC_23005_utm16n_shp.zip", ReferenceLayer.LOCALITIES, null, false));

    assertThat(cancun.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(cancun.featuresPublished()).isEqualTo(11);
    assertThat(playa.featuresPublished()).isEqualTo(43);
    assertThat(shapefile.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(shapefile.crs()).isEqualTo(new SourceCrs(6371, CrsOrigin.PRJ));
    // the shapefile replaced Benito Juárez's localities and left Solidaridad's alone
    assertThat(count("select count(*) from cadastre.locality where municipality = '23005'"))
        .isEqualTo(11);
    assertThat(count("select count(*) from cadastre.locality where municipality = '23008'"))
        .isEqualTo(43);
    assertThat(names("locality")).containsEntry("230050001", "Cancún");
    Map<String, Double> benitoJuarez = new HashMap<>(areas("locality"));
    benitoJuarez.keySet().retainAll(cancunFromSource.keySet());
    assertAreasMatch(benitoJuarez, cancunFromSource);
  }

  @Test
  void aShapefileWithoutPrjNeedsTheCrsAsAParameter() throws Exception {
    Path noPrj = temp.resolve("localidades_sin_prj.zip");
    try (ZipFile zip = new ZipFile(INEGI.resolve("AGLOC_23005_utm16n_shp.zip").toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(noPrj))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.getName().endsWith(".prj")) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          zip.getInputStream(entry).transferTo(out);
          out.closeEntry();
        }
      }
    }

    assertThatThrownBy(
            () ->
                run(
                    new LayerImportRequest(
                        noPrj, null, ReferenceLayer.LOCALITIES, null, null, null, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("srid");
    LayerImportReport withParameter =
        run(
            new LayerImportRequest(
                noPrj, null, ReferenceLayer.LOCALITIES, null, 6371, null, false));

    assertThat(withParameter.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(withParameter.crs().origin()).isEqualTo(CrsOrigin.PARAMETER);
  }

  @Test
  void anInvalidGeometryRejectsTheWholeLayerUnlessRepairIsAsked() throws Exception {
    run(request("AGEM_23.geojson", ReferenceLayer.MUNICIPALITIES, null, false));
    long importsBefore = count("select count(*) from cadastre.layer_import");
    // two municipalities, one of them a bow tie (its ring crosses itself at (0.5, 0.5))
    Path broken = temp.resolve("municipios_rotos.geojson");
    Files.writeString(
        broken,
        """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"cvegeo":"23001","nom_agem":"Cozumel"},
          "geometry":{"type":"Polygon","coordinates":[[[-86.9,20.4],[-86.8,20.4],[-86.8,20.5],[-86.9,20.5],[-86.9,20.4]]]}},
         {"type":"Feature","properties":{"cvegeo":"23002","nom_agem":"Felipe Carrillo Puerto"},
          "geometry":{"type":"Polygon","coordinates":[[[-88,19],[-87,20],[-87,19],[-88,20],[-88,19]]]}}]}""",
        StandardCharsets.UTF_8);

    LayerImportReport rejected =
        run(
            new LayerImportRequest(
                broken, null, ReferenceLayer.MUNICIPALITIES, null, null, null, false));

    assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(rejected.crs().origin()).isEqualTo(CrsOrigin.GEOJSON_DEFAULT);
    assertThat(rejected.featuresPublished()).isZero();
    assertThat(rejected.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.feature()).isEqualTo("23002");
              assertThat(p.reason()).contains("Self-intersection");
              assertThat(p.location()).isEqualTo("POINT(-87.5 19.5)");
            });
    // nothing published, the staging table gone, the report kept
    assertThat(names("municipality")).hasSize(11).containsEntry("23004", "Othón P. Blanco");
    assertThat(count("select count(*) from pg_tables where schemaname = 'gis_staging'")).isZero();
    assertThat(count("select count(*) from cadastre.layer_import")).isEqualTo(importsBefore + 1);
    assertThat(
            count(
                "select count(*) from cadastre.layer_import where outcome = 'REJECTED'"
                    + " and problems -> 0 ->> 'feature' = '23002'"))
        .isEqualTo(1);

    LayerImportReport repaired =
        run(
            new LayerImportRequest(
                broken, null, ReferenceLayer.MUNICIPALITIES, null, null, null, true));

    assertThat(repaired.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(repaired.geometriesRepaired()).isEqualTo(1);
    assertThat(names("municipality")).containsOnlyKeys("23001", "23002");
    assertThat(count("select count(*) from cadastre.municipality where not ST_IsValid(geom)"))
        .isZero();
  }

  @Test
  void aFieldMappingNamesTheAttributesAndAMissingOneIsRefused() {
    assertThatThrownBy(
            () ->
                run(
                    request(
                        "AGEM_23.geojson",
                        ReferenceLayer.MUNICIPALITIES,
                        new FieldMapping("clave", "nom_agem"),
                        false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'clave'")
        .hasMessageContaining("cvegeo");
  }

  // ---------------------------------------------------------------------------------------------

  private static LayerImportRequest request(
      String file, ReferenceLayer layer, FieldMapping mapping, boolean repair) {
    return new LayerImportRequest(INEGI.resolve(file), null, layer, mapping, null, null, repair);
  }

  /** One import in its own transaction, committed (a rejected import commits its report only). */
  private static LayerImportReport run(LayerImportRequest request) throws SQLException {
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try {
        LayerImportReport report =
            new ReferenceLayerImporter(c, Clock.systemUTC()).run(request, "admin1");
        c.commit();
        return report;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Area in m² of each source feature as PostGIS computes it from the GeoJSON, in EPSG:6371. */
  private static Map<String, Double> sourceAreas(String file, int sourceSrid) throws Exception {
    Path source = INEGI.resolve(file);
    return query(
        "select f ->'properties'->>'cvegeo', ST_Area(ST_Transform(ST_SetSRID("
            + "ST_GeomFromGeoJSON((f->'geometry') - 'crs'), "
            + sourceSrid
            + "), 6371)) from jsonb_array_elements(cast(? as jsonb) -> 'features') f",
        rs -> rs.getDouble(2),
        Files.readString(source, StandardCharsets.UTF_8));
  }

  private static Map<String, Double> areas(String table) throws SQLException {
    return query("select cvegeo, ST_Area(geom) from cadastre." + table, rs -> rs.getDouble(2));
  }

  private static Map<String, String> names(String table) throws SQLException {
    return query("select cvegeo, name from cadastre." + table, rs -> rs.getString(2));
  }

  private static void assertAreasMatch(Map<String, Double> imported, Map<String, Double> source) {
    assertThat(imported.keySet()).isEqualTo(source.keySet());
    source.forEach(
        (key, area) ->
            assertThat(imported.get(key))
                .as("área de %s", key)
                .isCloseTo(area, within(area * 1e-4)));
  }

  private interface Column<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> Map<String, T> query(String sql, Column<T> value, String... parameters)
      throws SQLException {
    Map<String, T> rows = new HashMap<>();
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getString(1).trim(), value.read(rs));
        }
      }
    }
    return rows;
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = database.connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Path inegiFolder() {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = root; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("data").resolve("inegi");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no se encontró ../shared/data/inegi junto al repositorio (desde " + root + ")");
  }
}
