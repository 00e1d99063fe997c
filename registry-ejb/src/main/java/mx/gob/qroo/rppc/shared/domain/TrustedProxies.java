package mx.gob.qroo.rppc.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose word on the client's address is taken: CIDR blocks ({@code 10.0.0.0/8},
 * {@code 2001:db8::/32}) or single addresses. A request's client is its direct peer, unless the
 * peer is one of them; then it is the right-most address of the forwarded chain that is not one of
 * them, since every hop to its left was written by someone nobody vouches for.
 */
public final class TrustedProxies {

  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private record Block(ClientAddress network, int prefixLength) {}

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** Blocks separated by commas or spaces; blank for none. */
  public static TrustedProxies parse(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : (text == null ? "" : text.strip()).split("[,\\s]+")) {
      if (!entry.isEmpty()) {
        blocks.add(block(entry));
      }
    }
    return new TrustedProxies(blocks);
  }

  private static Block block(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    ClientAddress network =
        ClientAddress.parse(address)
            .orElseThrow(() -> new IllegalArgumentException("no es una dirección IP: " + entry));
    int bits = network.address().getAddress().length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
    } catch (NumberFormatException e) {
      prefix = -1;
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("prefijo fuera de 0.." + bits + ": " + entry);
    }
    return new Block(network, prefix);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  public boolean trusts(ClientAddress address) {
    return blocks.stream().anyMatch(b -> address.within(b.network().address(), b.prefixLength()));
  }

  /**
   * The client behind {@code peer}, given the forwarded chain's hops from left (the first client
   * named) to right (the one the peer itself saw). A hop that is no address ends the walk: the
   * trusted hop that passed it on answers for it.
   */
  public ClientAddress client(ClientAddress peer, List<String> hops) {
    ClientAddress client = peer;
    for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
      Optional<ClientAddress> hop = ClientAddress.parse(hops.get(i));
      if (hop.isEmpty()) {
        break;
      }
      client = hop.get();
    }
    return client;
  }
}
