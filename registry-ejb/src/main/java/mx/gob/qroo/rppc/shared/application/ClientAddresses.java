package mx.gob.qroo.rppc.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.shared.domain.ClientAddress;
import mx.gob.qroo.rppc.shared.domain.ForwardedChain;
import mx.gob.qroo.rppc.shared.domain.TrustedProxies;

/**
 * The one place that decides who a request's client is, for the access log and the public budgets
 * alike: the direct peer, unless it is a trusted proxy (system property {@code
 * rppc.trusted-proxies}, CIDR blocks separated by commas; none by default), and then the right-most
 * untrusted address of the header the proxies write: {@code X-Forwarded-For}, or {@code Forwarded}
 * when {@code rppc.trusted-proxies.header} says so. Only that one header is read: the other passes
 * through from the client untouched. Both properties are read on each request.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String PROXIES = "rppc.trusted-proxies";
  static final String HEADER = "rppc.trusted-proxies.header";

  private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

  private record Parsed(String text, TrustedProxies proxies) {}

  private volatile Parsed parsed = new Parsed("", TrustedProxies.NONE);

  /**
   * The client of a request from {@code peer} (the socket's address) whose headers, by name, are
   * {@code headers}; empty when the peer is no IP address.
   */
  public Optional<ClientAddress> of(String peer, Function<String, List<String>> headers) {
    Optional<ClientAddress> direct = ClientAddress.parse(peer);
    TrustedProxies proxies = proxies();
    if (direct.isEmpty() || !proxies.trusts(direct.get())) {
      return direct;
    }
    boolean forwarded =
        System.getProperty(HEADER, "X-Forwarded-For").strip().equalsIgnoreCase("Forwarded");
    List<String> hops =
        forwarded
            ? ForwardedChain.ofForwarded(headers.apply("Forwarded"))
            : ForwardedChain.ofXForwardedFor(headers.apply("X-Forwarded-For"));
    return Optional.of(proxies.client(direct.get(), hops));
  }

  private TrustedProxies proxies() {
    String text = System.getProperty(PROXIES, "").strip();
    Parsed held = parsed;
    if (!held.text().equals(text)) {
      TrustedProxies proxies;
      try {
        proxies = TrustedProxies.parse(text);
      } catch (IllegalArgumentException e) {
        // a mistyped list trusts nobody: better every citizen counted as the proxy than spoofing
        LOG.severe(
            () ->
                String.format(
                    Locale.ROOT, "%s ignored, no proxy is trusted: %s", PROXIES, e.getMessage()));
        proxies = TrustedProxies.NONE;
      }
      held = new Parsed(text, proxies);
      parsed = held;
    }
    return held.proxies();
  }
}
