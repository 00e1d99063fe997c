package mx.gob.qroo.rppc.maps.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import mx.gob.qroo.rppc.testing.CadastreDatabase;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the anonymous map reads rest on, over INEGI's municipalities of Quintana Roo: the web
 * mercator copies per band of zooms that low-zoom tiles draw (migration V21), kept by triggers, and
 * the collections' extents, computed once per data version.
 */
class PublicLayersDbIT {

  private static TestDatabase database;

  @BeforeAll
  static void municipalities() throws Exception {
    database = CadastreDatabase.withMunicipalities();
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  private static long points(String table, int band) {
    return database.count(
        "select sum(ST_NPoints(geom)) from " + table + " where band = " + band + "");
  }

  @Test
  void everyMunicipalityIsKeptInWebMercatorPerBandTheFewerVerticesTheLowerTheZoom() {
    long municipalities = database.count("select count(*) from cadastre.municipality");
    assertThat(database.count("select count(*) from cadastre.municipality_tile_geometry"))
        .isEqualTo(municipalities * 16);
    assertThat(
            database.count(
                "select count(*) from cadastre.municipality_tile_geometry where ST_SRID(geom) <> 3857"))
        .isZero();
    long whole = database.count("select sum(ST_NPoints(geom)) from cadastre.municipality");
    assertThat(points("cadastre.municipality_tile_geometry", 15)).isEqualTo(whole);
    // a tile of the whole state (zoom 6) draws a small share of INEGI's vertices
    assertThat(points("cadastre.municipality_tile_geometry", 6)).isLessThan(whole / 10);
    for (int band = 0; band < 15; band++) {
      assertThat(points("cadastre.municipality_tile_geometry", band))
          .isLessThanOrEqualTo(points("cadastre.municipality_tile_geometry", band + 1));
    }
    int[][] bands = {{0, 0}, {6, 6}, {14, 14}, {15, 15}, {22, 15}};
    for (int[] zoomBand : bands) {
      assertThat(database.count("select cadastre.zoom_band(" + zoomBand[0] + ")"))
          .as("zoom " + zoomBand[0])
          .isEqualTo(zoomBand[1]);
    }
  }

  @Test
  void aChangedMunicipalityIsDrawnAnewAndAZoneFromZoomTenUntilItGoes() {
    database.update(
        "update cadastre.municipality set geom = ST_Multi(ST_Buffer(ST_PointOnSurface(geom),"
            + " 2000)) where cvegeo = '23010'");
    assertThat(
            database.count(
                "select count(*) from cadastre.municipality_tile_geometry g"
                    + " join cadastre.municipality m using (cvegeo) where m.cvegeo = '23010'"
                    + " and g.band = 15 and ST_Equals(g.geom, ST_Transform(m.geom, 3857))"))
        .isEqualTo(1);

    long zone = insertZone("PDU-TESELAS");
    assertThat(
            database.count(
                "select count(*) from planning.plan_zone_tile_geometry where zone_id = " + zone))
        .isEqualTo(6);
    database.update("delete from planning.plan_zone where id = " + zone);
    assertThat(
            database.count(
                "select count(*) from planning.plan_zone_tile_geometry where zone_id = " + zone))
        .isZero();
  }

  @Test
  void extentsAreComputedOncePerDataVersionAndOnlyForTheLayerThatChanged() throws Exception {
    CollectionExtents extents = new CollectionExtents();
    try (Connection c = database.connect()) {
      CollectionExtents.Snapshot first = extents.current(c);
      assertThat(first.municipalities()[0]).isBetween(-90.0, -86.0);
      assertThat(extents.current(c)).isSameAs(first);

      long zone = insertZone("PDU-EXTENSION");
      long plan = database.count("select plan_id from planning.plan_zone where id = " + zone);
      CollectionExtents.Snapshot afterZone = extents.current(c);
      assertThat(afterZone).isNotSameAs(first);
      assertThat(afterZone.zonesByPlan()).containsKey(plan);
      // the municipalities did not change: their extent was not computed again
      assertThat(afterZone.municipalities()).isSameAs(first.municipalities());

      database.update("update cadastre.municipality set name = name where cvegeo = '23005'");
      CollectionExtents.Snapshot afterMunicipality = extents.current(c);
      assertThat(afterMunicipality.municipalities())
          .isNotSameAs(first.municipalities())
          .containsExactly(first.municipalities());
      assertThat(afterMunicipality.zonesByPlan()).isSameAs(afterZone.zonesByPlan());
    }
  }

  /** A plan version with one zone of 500 × 500 m inside Benito Juárez; the zone's id. */
  private static long insertZone(String planKey) {
    double[] at = CadastreDatabase.pointInside(database, "23005");
    database.update(
        "insert into planning.land_use_plan (plan_key, version, name, kind, municipality,"
            + " valid_from, source_document, import_id, published_at, published_by)"
            + " select '"
            + planKey
            + "', 1, 'Prueba', 'PDU', '23005', date '2024-01-01', 'POE',"
            + " min(id), now(), 'planeador1' from spatial.layer_import");
    database.update(
        "insert into planning.plan_zone (plan_id, code, name, geom) select id, 'H1', 'Habitacional',"
            + " ST_Multi(ST_MakeEnvelope("
            + at[0]
            + ", "
            + at[1]
            + ", "
            + (at[0] + 500)
            + ", "
            + (at[1] + 500)
            + ", 6371)) from planning.land_use_plan where plan_key = '"
            + planKey
            + "'");
    return database.count(
        "select z.id from planning.plan_zone z join planning.land_use_plan l on l.id = z.plan_id"
            + " where l.plan_key = '"
            + planKey
            + "'");
  }
}
