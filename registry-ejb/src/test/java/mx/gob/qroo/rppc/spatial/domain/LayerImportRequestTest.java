package mx.gob.qroo.rppc.spatial.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LayerImportRequestTest {

  private static LayerImportRequest request(String name, FieldMapping mapping, String layer) {
    return new LayerImportRequest(
        Path.of("/tmp/capa"), name, SpatialLayer.MUNICIPALITIES, mapping, null, layer, false);
  }

  @Test
  void theMappingDefaultsToInegisAndIsComparedInLowerCase() {
    assertThat(request("a.geojson", null, null).mapping())
        .isEqualTo(new FieldMapping("cvegeo", "nom_agem"));
    assertThat(new FieldMapping(" CVEGEO ", "Nom_Agem"))
        .isEqualTo(new FieldMapping("cvegeo", "nom_agem"));
    assertThatThrownBy(() -> new FieldMapping("cvegeo; drop table x", "nom"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSourceLayerNameCannotPassForAnOgr2ogrOption() {
    assertThat(request("m.gpkg", null, "municipios").sourceLayer()).isEqualTo("municipios");
    assertThatThrownBy(() -> request("m.gpkg", null, "-sql"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
