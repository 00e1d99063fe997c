package mx.gob.qroo.rppc.document.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import mx.gob.qroo.rppc.shared.domain.Office;
import org.junit.jupiter.api.Test;

class ManifestLineTest {

  private static Map<String, String> fields(String office, String page, String file) {
    Map<String, String> f = new HashMap<>();
    f.put("oficina", office);
    f.put("libro", "3");
    f.put("tomo", " ii ");
    f.put("partida", "145");
    f.put("foja", "");
    f.put("pagina", page);
    f.put("archivo", file);
    return f;
  }

  @Test
  void aLineNamesAPageOfARecordOfTheBooks() {
    ManifestLine line = ManifestLine.of(2, fields("che", "1", "libro-3/p1.png"));
    assertThat(line.record()).isEqualTo(new LegacyRecordRef(Office.CHE, "3", "II", "145"));
    assertThat(line.record().citation())
        .isEqualTo("Libro 3, Tomo II, Partida 145, oficina de Chetumal");
    assertThat(line.page()).isEqualTo(1);
    assertThat(line.sheet()).isNull();
  }

  @Test
  void badLinesSayWhy() {
    assertThatThrownBy(() -> ManifestLine.of(2, fields("XXX", "1", "a.png")))
        .hasMessageContaining("oficina desconocida");
    assertThatThrownBy(() -> ManifestLine.of(2, fields("CHE", "uno", "a.png")))
        .hasMessageContaining("no es un número");
    assertThatThrownBy(() -> ManifestLine.of(2, fields("CHE", "0", "a.png")))
        .hasMessageContaining("1 o mayor");
    assertThatThrownBy(() -> ManifestLine.of(2, fields("CHE", "1", "../../etc/passwd")))
        .hasMessageContaining("dentro del lote");
    assertThatThrownBy(() -> ManifestLine.of(2, fields("CHE", "1", "/etc/passwd")))
        .hasMessageContaining("dentro del lote");
    Map<String, String> noRecord = fields("CHE", "1", "a.png");
    noRecord.put("partida", " ");
    assertThatThrownBy(() -> ManifestLine.of(2, noRecord)).hasMessageContaining("la partida");
  }
}
