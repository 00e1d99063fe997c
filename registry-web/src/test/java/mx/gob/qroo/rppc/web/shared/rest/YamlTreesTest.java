package mx.gob.qroo.rppc.web.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlTreesTest {

  @Test
  void plainScalarsAreTypedByTheCoreSchema() {
    Map<?, ?> tree =
        (Map<?, ?>)
            YamlTrees.read(
                """
                date: 2026-03-05
                answer: no
                on: yes
                municipality: 023005
                count: 42
                negative: -7
                amount: 1500000.00
                ratio: .5
                exponent: 1e3
                flag: true
                nothing: null
                tilde: ~
                empty:
                quoted: '200'
                """);
    assertThat(tree.get("date")).isEqualTo("2026-03-05");
    assertThat(tree.get("answer")).isEqualTo("no");
    assertThat(tree.get("on")).isEqualTo("yes");
    assertThat(tree.get("municipality")).isEqualTo("023005");
    assertThat(tree.get("count")).isEqualTo(BigInteger.valueOf(42));
    assertThat(tree.get("negative")).isEqualTo(BigInteger.valueOf(-7));
    assertThat(tree.get("amount")).isEqualTo(new BigDecimal("1500000.00"));
    assertThat(tree.get("ratio")).isEqualTo(new BigDecimal(".5"));
    assertThat(tree.get("exponent")).isEqualTo(new BigDecimal("1e3"));
    assertThat(tree.get("flag")).isEqualTo(true);
    assertThat(tree.containsKey("nothing") && tree.get("nothing") == null).isTrue();
    assertThat(tree.get("tilde")).isNull();
    assertThat(tree.get("empty")).isNull();
    assertThat(tree.get("quoted")).isEqualTo("200");
  }

  @Test
  void flowMappingsListsAndMergeKeysAreRead() {
    Map<?, ?> tree =
        (Map<?, ?>)
            YamlTrees.read(
                """
                base: &base {a: 1, b: [x, y]}
                derived:
                  <<: *base
                  c: 'three, with a comma'
                """);
    assertThat(tree.get("derived"))
        .isEqualTo(Map.of("a", BigInteger.ONE, "b", List.of("x", "y"), "c", "three, with a comma"));
  }

  @Test
  void aKeyWrittenTwiceIsRefused() {
    assertThatThrownBy(() -> YamlTrees.read("paths:\n  /a: {}\n  /a: {}\n"))
        .hasMessageContaining("/a");
  }
}
