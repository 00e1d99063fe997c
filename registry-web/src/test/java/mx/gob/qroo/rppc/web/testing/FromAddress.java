package mx.gob.qroo.rppc.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Plain HTTP/1.0 requests (no chunked bodies; the connection ends the answer) sent from a chosen
 * loopback address ({@code 127.0.0.x}: Linux routes all of 127/8 to the loopback), so a test can be
 * a client of its own for per-address limits without spending the budget of every other test, which
 * all come from 127.0.0.1. The path is sent as written, never normalised or encoded: what an
 * attacker's client would send.
 */
public final class FromAddress {

  private final InetAddress source;

  public FromAddress(String loopbackAddress) {
    try {
      this.source = InetAddress.getByName(loopbackAddress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A loopback address no other test uses (127.x.y.z with x from 32 to 250). */
  public static FromAddress fresh() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new FromAddress(
        "127."
            + random.nextInt(32, 251)
            + "."
            + random.nextInt(256)
            + "."
            + random.nextInt(1, 255));
  }

  /** The address requests leave from. */
  public String address() {
    return source.getHostAddress();
  }

  /** A response: status, headers (names in lower case) and body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** GET of a path of the deployment (e.g. {@code /api/public/filings/X}). */
  public Answer get(String path) {
    return send("GET", path, Map.of(), null);
  }

  /** GET with extra headers (name, value, name, value…). */
  public Answer get(String path, String... headers) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      named.put(headers[i], headers[i + 1]);
    }
    return send("GET", path, named, null);
  }

  /** A request with headers and, unless null, a body (its Content-Length is added). */
  public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
    URI base = URI.create(Deployment.BASE_URL);
    try (Socket socket =
        new Socket(InetAddress.getByName(base.getHost()), base.getPort(), source, 0)) {
      socket.setSoTimeout(30_000);
      StringBuilder head =
          new StringBuilder(method)
              .append(' ')
              .append(path)
              .append(" HTTP/1.0\r\nHost: ")
              .append(base.getHost())
              .append(':')
              .append(base.getPort())
              .append("\r\nAccept: */*\r\nConnection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    return new Answer(status, headers, text.substring(end + 4));
  }
}
