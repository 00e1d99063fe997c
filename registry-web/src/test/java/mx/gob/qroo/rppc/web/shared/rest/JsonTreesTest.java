package mx.gob.qroo.rppc.web.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

  @Test
  void valuesKeepTheirTypesAndDigits() {
    Object tree =
        YamlTrees.read(
            """
            responses:
              '200': {description: 'Listo, con coma'}
              404: {description: No encontrado}
            amount: 1500000.00
            count: 3
            date: 2026-03-05
            open: false
            missing: null
            tags: [a, b]
            """);
    assertThat(JsonTrees.of(tree).toString())
        .isEqualTo(
            "{\"responses\":{\"200\":{\"description\":\"Listo, con coma\"},"
                + "\"404\":{\"description\":\"No encontrado\"}},"
                + "\"amount\":1500000.00,\"count\":3,\"date\":\"2026-03-05\",\"open\":false,"
                + "\"missing\":null,\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void aValueWithoutJsonEquivalentIsRefused() {
    assertThatThrownBy(() -> JsonTrees.of(Set.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
