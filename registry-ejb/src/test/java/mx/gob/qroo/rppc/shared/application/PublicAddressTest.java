package mx.gob.qroo.rppc.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @AfterEach
  void clear() {
    System.clearProperty("rppc.public-url");
  }

  @Test
  void linksJoinTheConfiguredAddressWithOneSlash() {
    System.setProperty("rppc.public-url", "https://rppc.example/");
    assertThat(PublicAddress.base()).isEqualTo("https://rppc.example");
    assertThat(PublicAddress.of("/verificar/CLG-2345-6789-ABCD"))
        .isEqualTo("https://rppc.example/verificar/CLG-2345-6789-ABCD");
  }
}
