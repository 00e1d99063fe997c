package mx.gob.qroo.rppc.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realms in config/keycloak: the demo one gives the API its audience and the offices
 * claim; the production one has no password grant, no demo users or clients, TLS everywhere, a
 * second factor set up at first login, and its secret and URLs from the environment.
 */
class RealmConfigurationTest {

  private static final Path CONFIG = Path.of("..", "config", "keycloak");

  @Test
  void theDemoRealmsClientsAskForTheApisAudienceAndTheOffices() {
    JsonPath demo = JsonPath.from(CONFIG.resolve("rppc-realm.json").toFile());
    for (String client : List.of("registry-cli", "registry-web", "registry-qgis")) {
      List<Map<String, Object>> mappers =
          demo.getList("clients.find { it.clientId == '" + client + "' }.protocolMappers");
      assertThat(mappers)
          .as(client)
          .anySatisfy(
              m -> {
                assertThat(m.get("protocolMapper")).isEqualTo("oidc-audience-mapper");
                assertThat(((Map<?, ?>) m.get("config")).get("included.client.audience"))
                    .isEqualTo("registry-api");
              })
          .anySatisfy(
              m ->
                  assertThat(((Map<?, ?>) m.get("config")).get("claim.name"))
                      .isEqualTo("oficinas"));
    }
    assertThat(demo.getList("clients.find { it.clientId == 'otro-sistema-demo' }.protocolMappers"))
        .as("the foreign demo client gets no audience of ours")
        .isNull();
  }

  @Test
  void theProductionRealmHasNoPasswordGrantNoDemoAndTlsEverywhere() {
    JsonPath production = JsonPath.from(CONFIG.resolve("rppc-realm-production.json").toFile());
    assertThat(production.getString("sslRequired")).isEqualTo("all");
    assertThat(production.getList("users")).isEmpty();
    assertThat(production.getList("clients.clientId"))
        .containsOnly("registry-web", "registry-api", "registry-qgis");
    assertThat(production.getList("clients.directAccessGrantsEnabled", Boolean.class))
        .containsOnly(false);
    assertThat(production.getString("clients.find { it.clientId == 'registry-web' }.secret"))
        .isEqualTo("${REGISTRY_WEB_CLIENT_SECRET}");
    assertThat(production.getList("requiredActions.findAll { it.defaultAction }.alias"))
        .contains("CONFIGURE_TOTP");
    assertThat(production.getBoolean("bruteForceProtected")).isTrue();
    assertThat(production.getList("groups.subGroups.name.flatten()"))
        .containsExactlyInAnyOrder("CHE", "CUN", "PDC", "COZ");
  }
}
