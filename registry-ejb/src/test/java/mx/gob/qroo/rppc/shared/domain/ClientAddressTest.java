package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void onlyIpLiteralsAreAddressesSoAHeaderNeverCausesADnsLookup() {
    assertThat(ClientAddress.parse("203.0.113.7")).map(Object::toString).contains("203.0.113.7");
    assertThat(ClientAddress.parse(" [2001:db8::1] "))
        .map(Object::toString)
        .contains("2001:db8:0:0:0:0:0:1");
    for (String notAnAddress :
        new String[] {
          "localhost",
          "registro.qroo.gob.mx",
          "cafe",
          "dead.beef",
          "999.1.1.1",
          "1.2.3",
          "1234",
          "unknown",
          "_hidden",
          "",
          "2001:db8::zz",
          "::1%eth0",
          null
        }) {
      assertThat(ClientAddress.parse(notAnAddress)).as(notAnAddress).isEmpty();
    }
  }

  @Test
  void anIpv4ClientIsItsAddressAndAnIpv6ClientIsItsSlash64() {
    assertThat(ClientAddress.parse("198.51.100.20").orElseThrow().budgetKey())
        .isEqualTo("198.51.100.20");
    String home = ClientAddress.parse("2001:db8:1:2::1").orElseThrow().budgetKey();
    assertThat(home).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    // any address of the same /64 is the same client, the next /64 is another
    assertThat(ClientAddress.parse("2001:db8:1:2:ffff:abcd:1234:9").orElseThrow().budgetKey())
        .isEqualTo(home);
    assertThat(ClientAddress.parse("2001:db8:1:3::1").orElseThrow().budgetKey()).isNotEqualTo(home);
    // an IPv4 address written as IPv6 (a dual-stack socket) is the IPv4 client
    assertThat(ClientAddress.parse("::ffff:198.51.100.20").orElseThrow().budgetKey())
        .isEqualTo("198.51.100.20");
  }

  @Test
  void anAddressLiesWithinTheNetworksThatCoverItsLeadingBits() throws Exception {
    ClientAddress address = ClientAddress.parse("10.1.2.3").orElseThrow();
    assertThat(address.within(InetAddress.getByName("10.0.0.0"), 8)).isTrue();
    assertThat(address.within(InetAddress.getByName("10.1.2.0"), 24)).isTrue();
    assertThat(address.within(InetAddress.getByName("10.1.3.0"), 24)).isFalse();
    assertThat(address.within(InetAddress.getByName("10.1.2.2"), 31)).isTrue();
    assertThat(address.within(InetAddress.getByName("10.1.2.2"), 32)).isFalse();
    assertThat(address.within(InetAddress.getByName("0.0.0.0"), 0)).isTrue();
    assertThat(address.within(InetAddress.getByName("::"), 0)).isFalse();
  }
}
