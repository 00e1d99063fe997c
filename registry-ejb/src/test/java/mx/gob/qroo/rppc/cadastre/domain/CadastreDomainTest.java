package mx.gob.qroo.rppc.cadastre.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Cadastral keys and the coordinate reference systems geometries are read and written in. */
class CadastreDomainTest {

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
}
