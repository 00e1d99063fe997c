package mx.gob.qroo.rppc.web.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointAccessTest {

  private static Map<?, ?> operation(String yaml) {
    return (Map<?, ?>) YamlTrees.read(yaml);
  }

  @Test
  void anonymousOrRolesWithTheirPersonalData() {
    assertThat(EndpointAccess.of(operation("x-rppc-access: anonymous")).anonymous()).isTrue();
    EndpointAccess folio =
        EndpointAccess.of(
            operation(
                """
                x-rppc-access:
                  - {role: planeador, personalData: false}
                  - {role: capturista, personalData: true}
                """));
    assertThat(folio.anonymous()).isFalse();
    assertThat(folio.roles())
        .containsExactly(Map.entry("capturista", true), Map.entry("planeador", false));
    assertThat(folio.allows("admin")).isFalse();
    assertThat(folio.personalDataFor("planeador")).isFalse();
    assertThat(folio.personalDataFor("capturista")).isTrue();
  }

  @Test
  void exceptionsNameTheirParameterValues() {
    var exceptions =
        EndpointAccess.exceptionsOf(
            operation(
                """
                x-rppc-access-exceptions:
                  - pathParameters: {collectionId: parcels}
                    access: [{role: admin, personalData: false}]
                """));
    assertThat(exceptions).hasSize(1);
    assertThat(exceptions.get(0).pathParameters()).containsEntry("collectionId", "parcels");
    assertThat(exceptions.get(0).access().roles()).containsOnlyKeys("admin");
    assertThat(EndpointAccess.exceptionsOf(operation("x-rppc-access: anonymous"))).isEmpty();
  }

  @Test
  void anythingOutsideTheVocabularyIsRefused() {
    assertThatThrownBy(() -> EndpointAccess.of(operation("summary: sin acceso")))
        .hasMessageContaining("x-rppc-access");
    assertThatThrownBy(() -> EndpointAccess.of(operation("x-rppc-access: staff")))
        .hasMessageContaining("anonymous");
    assertThatThrownBy(
            () ->
                EndpointAccess.of(
                    operation("x-rppc-access: [{role: notario, personalData: true}]")))
        .hasMessageContaining("notario");
    assertThatThrownBy(() -> EndpointAccess.of(operation("x-rppc-access: [{role: admin}]")))
        .hasMessageContaining("personalData");
    assertThatThrownBy(
            () ->
                EndpointAccess.of(
                    operation(
                        "x-rppc-access: [{role: admin, personalData: true},"
                            + " {role: admin, personalData: false}]")))
        .hasMessageContaining("dos veces");
  }
}
