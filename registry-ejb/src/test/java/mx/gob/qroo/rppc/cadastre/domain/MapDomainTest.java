package mx.gob.qroo.rppc.cadastre.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Cadastral keys, the CRS of the map layers, feature queries and tile addresses. */
class MapDomainTest {

  @Test
  void cadastralKeysAreKeptTrimmedInCapitalsAndWellFormed() {
    assertThat(CadastralKey.of(" 23005-023-0001-009a ").value()).isEqualTo("23005-023-0001-009A");
    assertThat(CadastralKey.of("23005-1")).isEqualTo(new CadastralKey("23005-1"));
    assertThatThrownBy(() -> CadastralKey.of("23005 023")).hasMessageContaining("clave catastral");
    assertThatThrownBy(() -> CadastralKey.of("-23005"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CadastralKey.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void crsAreKnownByTheirUriOrSafeCurieWithTheirAxisOrder() {
    assertThat(MapCrs.ofUri("http://www.opengis.net/def/crs/EPSG/0/4326"))
        .contains(MapCrs.EPSG_4326);
    assertThat(MapCrs.ofUri("https://www.opengis.net/def/crs/EPSG/0/6371"))
        .contains(MapCrs.EPSG_6371);
    assertThat(MapCrs.ofUri("[EPSG:6365]")).contains(MapCrs.EPSG_6365);
    assertThat(MapCrs.ofUri("[OGC:CRS84]")).contains(MapCrs.CRS84);
    assertThat(MapCrs.ofUri("EPSG:3857")).isEmpty();
    assertThat(MapCrs.CRS84.latitudeFirst()).isFalse();
    assertThat(MapCrs.EPSG_4326.latitudeFirst()).isTrue();
    assertThat(MapCrs.EPSG_6365.latitudeFirst()).isTrue();
    assertThat(MapCrs.EPSG_6371.latitudeFirst()).isFalse();
  }

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
