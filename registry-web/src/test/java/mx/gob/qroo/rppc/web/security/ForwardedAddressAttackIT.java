package mx.gob.qroo.rppc.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.FromAddress;
import mx.gob.qroo.rppc.web.testing.LookupBudgets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who the client is, for the lookup budget and the access log alike: the socket's peer, whatever
 * forwarding headers it sends, unless the peer is a trusted proxy (the test instance trusts {@link
 * Deployment#trustedProxy()}); behind it, the right-most address it forwards, and an IPv6 client
 * with its whole /64.
 */
class ForwardedAddressAttackIT {

  private static final int ENOUGH = 45;

  private static String code;

  @BeforeAll
  static void aProcedure() {
    code =
        Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio())).getString("trackingCode");
  }

  private static int octet() {
    return ThreadLocalRandom.current().nextInt(1, 255);
  }

  /** A random address of the benchmarking range 198.18.0.0/15, fresh for each run. */
  private static String someone() {
    return "198." + ThreadLocalRandom.current().nextInt(18, 20) + "." + octet() + "." + octet();
  }

  private static FromAddress.Answer lookUp(FromAddress client, String... headers) {
    return client.get("/api/public/filings/" + code, headers);
  }

  private static boolean served(FromAddress.Answer answer) {
    return answer.status() == 200;
  }

  /** The client address the access log recorded for a staff search sent with these headers. */
  private static String loggedAddress(FromAddress client, String... headers) {
    String[] all = new String[headers.length + 4];
    all[0] = "Authorization";
    all[1] = "Bearer " + Deployment.token("capturista1");
    all[2] = "X-Justification";
    all[3] = "SOPORTE_TECNICO";
    System.arraycopy(headers, 0, all, 4, headers.length);
    FromAddress.Answer answer = client.get("/api/filings?limit=1", all);
    assertThat(answer.status()).isEqualTo(200);
    return Deployment.query(
            "select client_address from audit.access_event where request_id = ?",
            answer.header("X-Request-Id"))
        .get(0)
        .get(0);
  }

  @Test
  void aClientThatIsNoProxyCannotBorrowOtherAddressesWithHeaders() {
    FromAddress client = FromAddress.fresh();
    LookupBudgets.Run run =
        LookupBudgets.spend(
            client,
            c ->
                lookUp(
                    c,
                    "X-Forwarded-For",
                    someone() + ", " + someone(),
                    "Forwarded",
                    "for=" + someone(),
                    "X-Real-IP",
                    someone()),
            ForwardedAddressAttackIT::served,
            ENOUGH);
    assertThat(run.refused()).isTrue();
    assertThat(run.served()).isBetween(30, 40);
    assertThat(loggedAddress(client, "X-Forwarded-For", "203.0.113.66"))
        .isEqualTo(client.address());
  }

  @Test
  void behindTheTrustedProxyTheRightMostForwardedAddressIsTheClient() {
    FromAddress proxy = new FromAddress(Deployment.trustedProxy());
    String citizen = someone();
    // what the citizen wrote itself (left) changes every time: only what the proxy appended counts
    LookupBudgets.Run run =
        LookupBudgets.spend(
            proxy,
            c -> lookUp(c, "X-Forwarded-For", someone() + ", " + citizen),
            ForwardedAddressAttackIT::served,
            ENOUGH);
    assertThat(run.refused()).isTrue();
    assertThat(run.served()).isBetween(30, 40);
    // another citizen behind the same proxy, and the proxy's own requests, have budgets of their
    // own
    assertThat(lookUp(proxy, "X-Forwarded-For", someone()).status()).isEqualTo(200);
    assertThat(lookUp(proxy).status()).isEqualTo(200);

    String other = someone();
    assertThat(loggedAddress(proxy, "X-Forwarded-For", "6.6.6.6, " + other)).isEqualTo(other);
    // only X-Forwarded-For is read: Forwarded passes through from the client untouched
    assertThat(loggedAddress(proxy, "Forwarded", "for=" + other)).isEqualTo(proxy.address());
  }

  @Test
  void anIpv6ClientIsItsWholeSlash64() {
    FromAddress proxy = new FromAddress(Deployment.trustedProxy());
    String network = String.format("2001:db8:%x:%x:", octet() * 256 + octet(), octet());
    int[] host = {0};
    LookupBudgets.Run run =
        LookupBudgets.spend(
            proxy,
            c -> lookUp(c, "X-Forwarded-For", network + Integer.toHexString(++host[0]) + ":0:0:1"),
            ForwardedAddressAttackIT::served,
            ENOUGH);
    assertThat(run.refused()).isTrue();
    assertThat(run.served()).isBetween(30, 40);
    // the next /64 is another client
    String neighbour = String.format("2001:db8:%x:%x::1", octet() * 256 + octet(), 256 + octet());
    assertThat(lookUp(proxy, "X-Forwarded-For", neighbour).status()).isEqualTo(200);
    assertThat(loggedAddress(proxy, "X-Forwarded-For", "[2001:db8::5]:41234"))
        .isEqualTo("2001:db8:0:0:0:0:0:5");
  }
}
