import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The DEMO time-stamping authority: RFC 3161 over HTTP (POST application/timestamp-query, answer
 * application/timestamp-reply), each answer made by {@code openssl ts -reply} with the {@code tsa}
 * section of tools/demo-ca/openssl.cnf. It stands for the NOM-151 accredited provider a
 * production registry contracts; nothing it stamps has legal value.
 *
 * <pre>java DemoTsa.java PORT OPENSSL_CONF</pre> (CA_DIR in the environment, as demo-ca sets it)
 */
public final class DemoTsa {

  private static final int MAX_QUERY = 16 * 1024;
  private static final Object SERIAL = new Object();

  public static void main(String[] args) throws IOException {
    // the JDK's server writes an answer's headers and body apart: without TCP_NODELAY each stamp
    // waits for the client's delayed ACK (~40 ms)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    String config = args[1];
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 16);
    server.createContext("/", exchange -> answer(exchange, config));
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    System.out.println("DEMO TSA listening on 127.0.0.1:" + args[0]);
  }

  private static void answer(HttpExchange exchange, String config) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().add("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] query;
      try (InputStream body = exchange.getRequestBody()) {
        query = body.readNBytes(MAX_QUERY + 1);
      }
      if (query.length == 0 || query.length > MAX_QUERY) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      byte[] reply = stamp(query, config);
      if (reply == null) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
      exchange.sendResponseHeaders(200, reply.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply);
      }
    }
  }

  /** openssl's answer to the query, or null when it could not read it. */
  private static byte[] stamp(byte[] query, String config) throws IOException {
    Path dir = Files.createTempDirectory("tsa");
    try {
      Path in = Files.write(dir.resolve("query.tsq"), query);
      Path out = dir.resolve("reply.tsr");
      Process openssl;
      // openssl ts keeps the next serial number in a file: one answer at a time
      synchronized (SERIAL) {
        openssl =
            new ProcessBuilder(
                    "openssl", "ts", "-reply", "-config", config, "-queryfile", in.toString(),
                    "-out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile())
                .start();
        if (!openssl.waitFor(10, TimeUnit.SECONDS)) {
          openssl.destroyForcibly();
          return null;
        }
      }
      return openssl.exitValue() == 0 && Files.size(out) > 0 ? Files.readAllBytes(out) : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }
}
