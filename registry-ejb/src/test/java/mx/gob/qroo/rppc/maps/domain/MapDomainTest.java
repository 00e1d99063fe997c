package mx.gob.qroo.rppc.maps.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import org.junit.jupiter.api.Test;

/** Feature queries and tile addresses of the map layers. */
class MapDomainTest {

  @Test
  void aFeatureQueryRefusesABackwardsBoxAndPagesOutOfRange() {
    assertThat(new FeatureQuery(null, null, null, 10, 0).crs()).isEqualTo(MapCrs.CRS84);
    assertThatThrownBy(() -> new FeatureQuery(new double[] {1, 1, 0, 2}, null, null, 10, 0))
        .hasMessageContaining("bbox");
    assertThatThrownBy(() -> new FeatureQuery(null, null, null, 1001, 0))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new FeatureQuery(null, null, null, 10, -1))
        .hasMessageContaining("offset");
  }

  @Test
  void aBboxParameterIsFourNumbersMinimaFirst() {
    assertThat(FeatureQuery.bbox(" -86.9, 21.1 ,-86.8,21.2"))
        .containsExactly(-86.9, 21.1, -86.8, 21.2);
    assertThatThrownBy(() -> FeatureQuery.bbox("-86.8,21.1,-86.9,21.2"))
        .hasMessageContaining("mínimos");
    assertThatThrownBy(() -> FeatureQuery.bbox("-87,21,-86")).hasMessageContaining("cuatro");
    assertThatThrownBy(() -> FeatureQuery.bbox("a,b,c,d")).hasMessageContaining("cuatro");
    assertThat(FeatureQuery.bbox("-8.69e1,+21.1,-86.8,2.12E1"))
        .containsExactly(-86.9, 21.1, -86.8, 21.2);
    // what Double.parseDouble would also take is no number of a bbox
    for (String odd :
        new String[] {
          "NaN,0,1,1", "0,0,Infinity,1", "0x1p3,0,10,10", "1d,0,2,1", "1,2,3,4,5", "1,,3,4"
        }) {
      assertThatThrownBy(() -> FeatureQuery.bbox(odd)).as(odd).hasMessageContaining("cuatro");
    }
  }

  @Test
  void aBboxStaysWithinItsCrsAndIsCutToTheAreaTheLayersCanBeIn() {
    assertThatThrownBy(
            () -> new FeatureQuery(new double[] {-200, 0, 0, 10}, MapCrs.CRS84, null, 10, 0))
        .hasMessageContaining("longitudes de -180 a 180");
    // EPSG:4326 is latitude first: 100 is a latitude there
    assertThatThrownBy(
            () -> new FeatureQuery(new double[] {10, -87, 100, -86}, MapCrs.EPSG_4326, null, 10, 0))
        .hasMessageContaining("latitudes de -90 a 90");
    assertThat(new FeatureQuery(new double[] {80, -87, 89, 170}, MapCrs.EPSG_4326, null, 10, 0))
        .isNotNull();
    assertThatThrownBy(
            () -> new FeatureQuery(new double[] {0, 0, 1e9, 1}, MapCrs.EPSG_6371, null, 10, 0))
        .hasMessageContaining("metros");

    FeatureQuery world = new FeatureQuery(new double[] {-180, -90, 180, 90}, null, null, 10, 0);
    assertThat(world.searchBox()).containsExactly(FeatureQuery.SERVED_AREA);
    assertThat(world.missesServedArea()).isFalse();
    FeatureQuery cancun =
        new FeatureQuery(new double[] {21.0, -86.9, 21.2, -86.7}, MapCrs.EPSG_4326, null, 10, 0);
    assertThat(cancun.searchBox()).containsExactly(21.0, -86.9, 21.2, -86.7);
    FeatureQuery latitudeFirstWorld =
        new FeatureQuery(new double[] {-90, -180, 90, 180}, MapCrs.EPSG_6365, null, 10, 0);
    assertThat(latitudeFirstWorld.searchBox()).containsExactly(14, -92, 24, -84);
    FeatureQuery africa = new FeatureQuery(new double[] {8, 0, 10, 10}, null, null, 10, 0);
    assertThat(africa.missesServedArea()).isTrue();
    assertThat(africa.searchBox()).isNull();
    // the storage CRS needs no cut: nothing is reprojected
    FeatureQuery metres =
        new FeatureQuery(new double[] {-5e7, -5e7, 5e7, 5e7}, MapCrs.EPSG_6371, null, 10, 0);
    assertThat(metres.searchBox()).containsExactly(-5e7, -5e7, 5e7, 5e7);
    assertThat(new FeatureQuery(null, null, null, 10, 0).searchBox()).isNull();
    assertThat(new FeatureQuery(null, null, null, 10, 0).missesServedArea()).isFalse();
  }

  @Test
  void pagesGoNoDeeperThanTenThousandByOffsetAndAnyDepthByKeyset() {
    assertThat(new FeatureQuery(null, null, null, 10, FeatureQuery.MAX_OFFSET).offset())
        .isEqualTo(10_000);
    assertThatThrownBy(() -> new FeatureQuery(null, null, null, 10, 10_001))
        .hasMessageContaining("after");
    assertThat(new FeatureQuery(null, null, null, 10, 0, "23005-900-0001-0001").after())
        .isEqualTo("23005-900-0001-0001");
    assertThatThrownBy(() -> new FeatureQuery(null, null, null, 10, 0, " "))
        .hasMessageContaining("after");
    assertThatThrownBy(() -> new FeatureQuery(null, null, null, 10, 0, "x".repeat(101)))
        .hasMessageContaining("after");
  }

  @Test
  void tileAddressesStayInsideTheirZoomsGrid() {
    assertThat(new TileAddress(16, 16959, 28826)).hasToString("16/16959/28826");
    assertThatThrownBy(() -> new TileAddress(3, 8, 0)).hasMessageContaining("de 0 a 7");
    assertThatThrownBy(() -> new TileAddress(23, 0, 0)).hasMessageContaining("zoom");
    assertThat(TileLayer.of("parcels").restricted()).isTrue();
    assertThatThrownBy(() -> TileLayer.of("roads")).hasMessageContaining("roads");
  }
}
