package mx.gob.qroo.rppc.cadastre.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.cadastre.domain.TopologyCheck;
import mx.gob.qroo.rppc.cadastre.domain.TopologyFinding;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.spatial.infrastructure.SpatialLayerImporter;
import mx.gob.qroo.rppc.testing.CadastreDatabase;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small block layout in Cancún, in metres from a point inside Benito Juárez, with one of each
 * defect planted: two lots that overlap by 100 m² (one of them under a folio), a sliver 1 m wide, a
 * 10 × 10 m gap enclosed by four lots, and a lot astride the municipal boundary.
 */
class TopologyChecksDbIT {

  private static TestDatabase database;
  private static double x;
  private static double y;

  @BeforeAll
  static void layOutParcels() throws Exception {
    database = CadastreDatabase.withMunicipalities();
    double[] origin = CadastreDatabase.pointInside(database, "23005");
    x = origin[0];
    y = origin[1];
    parcel("23005-002-001-001", box(0, 0, 20, 20));
    parcel("23005-002-001-002", box(15, 0, 35, 20));
    parcel("23005-002-001-003", box(40, 0, 41, 100));
    parcel("23005-003-001-001", box(100, 0, 130, 10));
    parcel("23005-003-001-002", box(100, 20, 130, 30));
    parcel("23005-003-001-003", box(100, 10, 110, 20));
    parcel("23005-003-001-004", box(120, 10, 130, 20));
    // a 40 m square centred on a vertex of the municipality's outer ring: part of it lies outside
    database.update(
        "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from)"
            + " select '23005-004-001-001', '23005', ST_Multi(ST_Expand(ST_PointN(ST_ExteriorRing("
            + "ST_GeometryN(geom, 1)), 1), 20)), now() from cadastre.municipality where cvegeo = '23005'");
    // opened after its parcel: the folio is linked to it by the database (V9's trigger)
    database.update(
        "insert into folio.folio (folio_number, kind, office, opened_at, municipality, cadastral_key,"
            + " address, area_m2) values ('CUN-FR-900010', 'PROPERTY', 'CUN', now(), '23005',"
            + " '23005-002-001-001', 'Calle 2, SM 5', 400)");
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void overlappingParcelsAreListedWithTheFoliosInvolvedAboveTheTolerance() throws SQLException {
    List<TopologyFinding> found = run(TopologyCheck.OVERLAPPING_PARCELS, 1);
    List<TopologyFinding> tolerated = run(TopologyCheck.OVERLAPPING_PARCELS, 150);

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cadastralKeys())
                  .containsExactlyInAnyOrder("23005-002-001-001", "23005-002-001-002");
              assertThat(f.folios()).containsExactly("CUN-FR-900010");
              assertThat(f.measure()).isEqualByComparingTo(new BigDecimal("100.00"));
              assertThat(f.location()).startsWith("POINT(");
            });
    assertThat(tolerated).isEmpty();
  }

  @Test
  void aSliverIsFoundByItsCompactness() throws SQLException {
    assertThat(run(TopologyCheck.SLIVER_PARCELS, 1))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cadastralKeys()).containsExactly("23005-002-001-003");
              // 4π · 100 m² / (202 m)²
              assertThat(f.measure().doubleValue()).isBetween(0.0307, 0.0309);
            });
  }

  @Test
  void aGapEnclosedByTheLotsOfABlockIsFound() throws SQLException {
    assertThat(run(TopologyCheck.GAPS_IN_BLOCKS, 1))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cadastralKeys())
                  .containsExactly(
                      "23005-003-001-001",
                      "23005-003-001-002",
                      "23005-003-001-003",
                      "23005-003-001-004");
              assertThat(f.measure()).isEqualByComparingTo(new BigDecimal("100.00"));
            });
  }

  @Test
  void aParcelAstrideItsMunicipalBoundaryIsFound() throws SQLException {
    assertThat(run(TopologyCheck.PARCELS_OUTSIDE_MUNICIPALITY, 1))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cadastralKeys()).containsExactly("23005-004-001-001");
              assertThat(f.measure().doubleValue()).isBetween(1.0, 1600.0);
            });
  }

  @Test
  void aParcelWhoseRingCrossedItselfInTheFileIsFoundInTheImportReports(@TempDir Path folder)
      throws Exception {
    // a "bow tie": the top corners swapped, repaired on import as asked
    Path file = folder.resolve("predios.geojson");
    Files.writeString(
        file,
        String.format(
            Locale.ROOT,
            "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"urn:ogc:def:crs:EPSG::6371\"}}, \"features\": [{\"type\":"
                + " \"Feature\", \"properties\": {\"clave_catastral\": \"23005-005-001-001\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%1$.3f, %2$.3f],"
                + " [%3$.3f, %2$.3f], [%1$.3f, %4$.3f], [%3$.3f, %4$.3f], [%1$.3f, %2$.3f]]]}}]}",
            x + 300,
            y,
            x + 320,
            y + 30));
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      LayerImportRequest parcels =
          new LayerImportRequest(file, null, SpatialLayer.PARCELS, null, null, null, true);
      new SpatialLayerImporter(c, Clock.systemUTC())
          .run(parcels, "admin1", CadastreLayerTargets.of(parcels));
      c.commit();
    }

    assertThat(run(TopologyCheck.INVALID_GEOMETRIES, 0))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cadastralKeys()).containsExactly("23005-005-001-001");
              assertThat(f.location()).startsWith("POINT(");
            });
  }

  // ---------------------------------------------------------------------------------------------

  private static List<TopologyFinding> run(TopologyCheck check, double tolerance)
      throws SQLException {
    try (Connection c = database.connect()) {
      return TopologyChecks.run(c, check, tolerance, 100);
    }
  }

  private static String box(double x0, double y0, double x1, double y1) {
    return String.format(
        Locale.ROOT,
        "POLYGON((%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f))",
        x + x0,
        y + y0,
        x + x1,
        y + y0,
        x + x1,
        y + y1,
        x + x0,
        y + y1,
        x + x0,
        y + y0);
  }

  private static void parcel(String key, String wkt) throws SQLException {
    database.update(
        "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from) values ('"
            + key
            + "', '23005', ST_Multi(ST_GeomFromText('"
            + wkt
            + "', 6371)), now())");
  }
}
