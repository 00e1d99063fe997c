package mx.gob.qroo.rppc.cadastre.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.spatial.domain.CrsOrigin;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport.Outcome;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SourceCrs;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.spatial.infrastructure.SpatialLayerImporter;
import mx.gob.qroo.rppc.testing.InegiData;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every INEGI file in {@code gis-data/inegi} through ogr2ogr, staging, checks and publication,
 * against the real PostGIS: CRS from where each format keeps it, UTF-8 names, areas in EPSG:6371
 * equal (within 0.01 %) to what PostGIS computes from the source, and broken layers rejected whole
 * with a report.
 */
class SpatialLayerImportDbIT {

  private static final Path INEGI = InegiData.inegi();
  private static TestDatabase database;

  @TempDir Path temp;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), SpatialLayerImportDbIT.class.getClassLoader());
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void inegiMunicipalitiesFromGeoJsonKeepTheirGeometryLevelCrsNamesAndAreas() throws Exception {
    LayerImportReport report =
        run(request("AGEM_23.geojson", SpatialLayer.MUNICIPALITIES, null, false));

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
    assertThat(
            database.count(
                "select count(*) from cadastre.municipality where ST_NumGeometries(geom) > 1"))
        .isPositive();
  }

  @Test
  void aGeoPackageInUtmGivesTheSameMunicipalitiesAsTheGeoJson() throws Exception {
    Map<String, Double> fromSource = sourceAreas("AGEM_23.geojson", 6365);

    LayerImportReport report =
        run(request("AGEM_23_utm16n.gpkg", SpatialLayer.MUNICIPALITIES, null, false));

    assertThat(report.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(report.crs().srid()).isEqualTo(6371);
    assertThat(report.crs().origin()).isEqualTo(CrsOrigin.GEOPACKAGE);
    assertThat(names("municipality")).containsEntry("23004", "Othón P. Blanco").hasSize(11);
    assertAreasMatch(areas("municipality"), fromSource);
  }

  @Test
  void localitiesFromGeoJsonAndFromAZippedShapefileWithItsPrj() throws Exception {
    LayerImportReport cancun =
        run(request("AGLOC_23005.geojson", SpatialLayer.LOCALITIES, null, false));
    LayerImportReport playa =
        run(request("AGLOC_23008.geojson", SpatialLayer.LOCALITIES, null, false));
    Map<String, Double> cancunFromSource = sourceAreas("AGLOC_23005.geojson", 6365);
    LayerImportReport shapefile =
        run(request("AGLOC_23005_utm16n_shp.zip", SpatialLayer.LOCALITIES, null, false));

    assertThat(cancun.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(cancun.featuresPublished()).isEqualTo(11);
    assertThat(playa.featuresPublished()).isEqualTo(43);
    assertThat(shapefile.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(shapefile.crs()).isEqualTo(new SourceCrs(6371, CrsOrigin.PRJ));
    // the shapefile replaced Benito Juárez's localities and left Solidaridad's alone
    assertThat(
            database.count("select count(*) from cadastre.locality where municipality = '23005'"))
        .isEqualTo(11);
    assertThat(
            database.count("select count(*) from cadastre.locality where municipality = '23008'"))
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
                        noPrj, null, SpatialLayer.LOCALITIES, null, null, null, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("srid");
    LayerImportReport withParameter =
        run(new LayerImportRequest(noPrj, null, SpatialLayer.LOCALITIES, null, 6371, null, false));

    assertThat(withParameter.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(withParameter.crs().origin()).isEqualTo(CrsOrigin.PARAMETER);
  }

  @Test
  void anInvalidGeometryRejectsTheWholeLayerUnlessRepairIsAsked() throws Exception {
    run(request("AGEM_23.geojson", SpatialLayer.MUNICIPALITIES, null, false));
    long importsBefore = database.count("select count(*) from spatial.layer_import");
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
                broken, null, SpatialLayer.MUNICIPALITIES, null, null, null, false));

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
    assertThat(database.count("select count(*) from pg_tables where schemaname = 'gis_staging'"))
        .isZero();
    assertThat(database.count("select count(*) from spatial.layer_import"))
        .isEqualTo(importsBefore + 1);
    assertThat(
            database.count(
                "select count(*) from spatial.layer_import where outcome = 'REJECTED'"
                    + " and problems -> 0 ->> 'feature' = '23002'"))
        .isEqualTo(1);

    LayerImportReport repaired =
        run(
            new LayerImportRequest(
                broken, null, SpatialLayer.MUNICIPALITIES, null, null, null, true));

    assertThat(repaired.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(repaired.geometriesRepaired()).isEqualTo(1);
    assertThat(names("municipality")).containsOnlyKeys("23001", "23002");
    assertThat(
            database.count("select count(*) from cadastre.municipality where not ST_IsValid(geom)"))
        .isZero();
  }

  @Test
  void parcelsTakeTheirMunicipalityKeepTheirHistoryOnAResurveyAndFollowTheirFolios()
      throws Exception {
    run(request("AGEM_23.geojson", SpatialLayer.MUNICIPALITIES, null, false));
    double x =
        database.number(
            "select ST_X(ST_PointOnSurface(geom)) from cadastre.municipality where cvegeo = '23005'");
    double y =
        database.number(
            "select ST_Y(ST_PointOnSurface(geom)) from cadastre.municipality where cvegeo = '23005'");
    database.update(
        "insert into folio.folio (folio_number, kind, office, opened_at, municipality, cadastral_key,"
            + " address, area_m2) values ('CUN-FR-900001', 'PROPERTY', 'CUN', now(), '23005',"
            + " '23005-001-001-001', 'Calle 1, SM 4', 400)");

    LayerImportReport first = run(parcels(x, y, new double[][] {{0, 0, 20, 20}, {30, 0, 20, 20}}));
    LayerImportReport resurvey =
        run(parcels(x, y, new double[][] {{0, 0, 25, 20}, {30, 0, 20, 20}}));
    LayerImportReport outside = run(parcels(x + 900_000, y, new double[][] {{0, 0, 20, 20}}));

    assertThat(first.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(first.crs()).isEqualTo(new SourceCrs(6371, CrsOrigin.GEOJSON_COLLECTION_CRS));
    assertThat(first.featuresPublished()).isEqualTo(2);
    assertThat(resurvey.featuresPublished()).as("only the resurveyed parcel").isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from cadastre.parcel where retired_at is null"
                    + " and municipality = '23005'"))
        .isEqualTo(2);
    assertThat(
            database.number(
                "select area_m2 from cadastre.parcel where retired_at is null"
                    + " and cadastral_key = '23005-001-001-001'"))
        .isEqualTo(500.0);
    assertThat(
            database.count(
                "select count(*) from cadastre.parcel where retired_reason = 'RESURVEY'"
                    + " and cadastral_key = '23005-001-001-001' and area_m2 = 400"))
        .isEqualTo(1);
    assertThat(
            database.count("select count(*) from cadastre.parcel_lineage where event = 'RESURVEY'"))
        .isEqualTo(1);
    // the folio covers the first survey and, after it, the resurvey
    assertThat(
            database.count(
                "select count(*) from cadastre.folio_parcel fp join folio.folio f on f.id = fp.folio_id"
                    + " where f.folio_number = 'CUN-FR-900001'"))
        .isEqualTo(2);
    assertThat(outside.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(outside.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("fuera de los municipios"));
  }

  /** A GeoJSON of square parcels {dx, dy, width, height} in metres from (x, y), in EPSG:6371. */
  private LayerImportRequest parcels(double x, double y, double[][] squares) throws IOException {
    StringBuilder features = new StringBuilder();
    for (int i = 0; i < squares.length; i++) {
      double[] q = squares[i];
      double x0 = x + q[0];
      double y0 = y + q[1];
      double x1 = x0 + q[2];
      double y1 = y0 + q[3];
      features
          .append(i == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"type\":\"Feature\",\"properties\":{\"clave_catastral\":\"23005-001-001-%03d\"},"
                      + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.3f,%.3f],[%.3f,%.3f],"
                      + "[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]]}}",
                  i + 1,
                  x0,
                  y0,
                  x1,
                  y0,
                  x1,
                  y1,
                  x0,
                  y1,
                  x0,
                  y0));
    }
    Path file = Files.createTempFile(temp, "predios", ".geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
            + "{\"name\":\"urn:ogc:def:crs:EPSG::6371\"}},\"features\":["
            + features
            + "]}");
    return new LayerImportRequest(file, null, SpatialLayer.PARCELS, null, null, null, false);
  }

  @Test
  void aMissingGeometryCannotBeRepairedAway() throws Exception {
    Path missing = temp.resolve("sin_geometria.geojson");
    Files.writeString(
        missing,
        """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"cvegeo":"23001","nom_agem":"Cozumel"},"geometry":null}]}""",
        StandardCharsets.UTF_8);

    LayerImportReport report =
        run(
            new LayerImportRequest(
                missing, null, SpatialLayer.MUNICIPALITIES, null, null, null, true));

    assertThat(report.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo("sin geometría"));
  }

  @Test
  void aFieldMappingNamesTheAttributesAndAMissingOneIsRefused() {
    assertThatThrownBy(
            () ->
                run(
                    request(
                        "AGEM_23.geojson",
                        SpatialLayer.MUNICIPALITIES,
                        new FieldMapping("clave", "nom_agem"),
                        false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'clave'")
        .hasMessageContaining("cvegeo");
  }

  // ---------------------------------------------------------------------------------------------

  private static LayerImportRequest request(
      String file, SpatialLayer layer, FieldMapping mapping, boolean repair) {
    return new LayerImportRequest(INEGI.resolve(file), null, layer, mapping, null, null, repair);
  }

  /** One import in its own transaction, committed (a rejected import commits its report only). */
  private static LayerImportReport run(LayerImportRequest request) throws SQLException {
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try {
        LayerImportReport report =
            new SpatialLayerImporter(c, Clock.systemUTC())
                .run(request, "admin1", CadastreLayerTargets.of(request));
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
}
