package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private static ClientAddress at(String literal) {
    return ClientAddress.parse(literal).orElseThrow();
  }

  private static final TrustedProxies PROXIES =
      TrustedProxies.parse("10.0.0.0/8, 192.0.2.10 2001:db8:ff::/48");

  @Test
  void theListIsCidrBlocksOrSingleAddressesAndAMistakeIsRefused() {
    assertThat(PROXIES.trusts(at("10.20.30.40"))).isTrue();
    assertThat(PROXIES.trusts(at("192.0.2.10"))).isTrue();
    assertThat(PROXIES.trusts(at("192.0.2.11"))).isFalse();
    assertThat(PROXIES.trusts(at("2001:db8:ff:1::5"))).isTrue();
    assertThat(PROXIES.trusts(at("2001:db8:fe::5"))).isFalse();
    assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
    assertThat(TrustedProxies.parse(null).trusts(at("127.0.0.1"))).isFalse();
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("prefijo");
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.local")).hasMessageContaining("IP");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x")).hasMessageContaining("prefijo");
  }

  @Test
  void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeadersSay() {
    assertThat(PROXIES.client(at("203.0.113.9"), List.of("198.51.100.1")))
        .isEqualTo(at("203.0.113.9"));
    assertThat(TrustedProxies.NONE.client(at("10.0.0.1"), List.of("198.51.100.1")))
        .isEqualTo(at("10.0.0.1"));
  }

  @Test
  void behindTrustedProxiesTheClientIsTheRightMostAddressNoneOfThemVouchesFor() {
    // the client wrote the first entry itself: only what the proxies appended counts
    assertThat(PROXIES.client(at("10.0.0.1"), List.of("1.1.1.1", "203.0.113.9")))
        .isEqualTo(at("203.0.113.9"));
    assertThat(PROXIES.client(at("10.0.0.1"), List.of("1.1.1.1", "203.0.113.9", "192.0.2.10")))
        .isEqualTo(at("203.0.113.9"));
    assertThat(PROXIES.client(at("10.0.0.1"), List.of("2001:db8:1:2::77")))
        .isEqualTo(at("2001:db8:1:2::77"));
    // no header: the proxy itself
    assertThat(PROXIES.client(at("10.0.0.1"), List.of())).isEqualTo(at("10.0.0.1"));
    // every hop a proxy: the left-most
    assertThat(PROXIES.client(at("10.0.0.1"), List.of("10.9.9.9", "10.8.8.8")))
        .isEqualTo(at("10.9.9.9"));
    // something that is no address ends the walk at the proxy that passed it on
    assertThat(PROXIES.client(at("10.0.0.1"), List.of("203.0.113.9", "unknown", "10.5.5.5")))
        .isEqualTo(at("10.5.5.5"));
    assertThat(PROXIES.client(at("10.0.0.1"), List.of("evil.example"))).isEqualTo(at("10.0.0.1"));
  }
}
