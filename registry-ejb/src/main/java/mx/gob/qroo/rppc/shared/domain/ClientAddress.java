package mx.gob.qroo.rppc.shared.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request came from, and the client it stands for in the public budgets: an IPv4
 * address alone, an IPv6 address with the rest of its /64 (one network hands out addresses of its
 * /64 at will, so counting them one by one would let a single home change address per request).
 */
public record ClientAddress(InetAddress address) {

  private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  public ClientAddress {
    if (address == null) {
      throw new IllegalArgumentException("falta la dirección");
    }
  }

  /**
   * An IP address written as a literal (IPv4 dotted, IPv6 with or without brackets); empty for
   * anything else. Only literals reach {@link InetAddress}, so a header never causes a DNS lookup.
   */
  public static Optional<ClientAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String literal = text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (!isIpv4(literal) && !IPV6_TEXT.matcher(literal).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ClientAddress(InetAddress.getByName(literal)));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** Four numbers of 0 to 255: InetAddress would take anything else for a host name. */
  private static boolean isIpv4(String text) {
    return DOTTED_QUAD.matcher(text).matches()
        && Arrays.stream(text.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
  }

  /** The client's budget: the IPv4 address, or the IPv6 /64 ({@code 2001:db8:1:2:0:0:0:0/64}). */
  public String budgetKey() {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return address.getHostAddress();
    }
    byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // 16 bytes are always an address
    }
  }

  /** Whether the address lies in {@code network}/{@code prefixLength} (same family only). */
  public boolean within(InetAddress network, int prefixLength) {
    byte[] mine = address.getAddress();
    byte[] theirs = network.getAddress();
    if (mine.length != theirs.length) {
      return false;
    }
    for (int bit = 0; bit < prefixLength; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((mine[bit / 8] & mask) != (theirs[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** As the access log writes it. */
  @Override
  public String toString() {
    return address.getHostAddress();
  }
}
