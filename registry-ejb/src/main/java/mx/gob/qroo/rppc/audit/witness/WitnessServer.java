package mx.gob.qroo.rppc.audit.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import mx.gob.qroo.rppc.audit.domain.NoteKey;

/**
 * The witness as a process (ships in the verifier jar):
 *
 * <pre>
 * java -cp registry-ejb-verifier.jar mx.gob.qroo.rppc.audit.witness.WitnessServer \
 *     init  --key-dir DIR --name NAME                     creates its key (once), prints its vkey
 * java -cp ... WitnessServer serve --key-dir DIR --name NAME --state-dir DIR \
 *     --listen HOST:PORT --log VKEY --origin ORIGIN       answers POST /add-checkpoint
 * </pre>
 *
 * Its key ({@code private.p8}, {@code public.der}, Ed25519) and its state are its own: the
 * registry's server never holds them. {@code --log} is the verifier key of the log it witnesses.
 */
public final class WitnessServer {

  private static final int MAX_BODY = 64 * 1024;

  private WitnessServer() {}

  /** Serving: the process goes on answering until it is stopped. */
  static final int SERVING = -1;

  public static void main(String[] args) throws Exception {
    // the JDK's server writes an answer's headers and body apart: without TCP_NODELAY each
    // exchange waits for the client's delayed ACK (~40 ms; bench/witness.sh)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int status = run(args, System.out);
    if (status != SERVING) {
      System.exit(status);
    }
  }

  /** Runs a command; returns its exit status, or {@link #SERVING} once the server listens. */
  static int run(String[] args, PrintStream out) throws Exception {
    if (args.length == 0 || args.length % 2 == 0) {
      return usage(out);
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--key-dir") || !options.containsKey("--name")) {
      return usage(out);
    }
    Path keyDir = Path.of(options.get("--key-dir"));
    KeyPair pair = readOrCreate(keyDir);
    NoteKey key = NoteKey.cosigner(options.get("--name"), pair.getPublic());
    if (args[0].equals("init")) {
      out.println(key.verifierKey());
      return 0;
    }
    if (!args[0].equals("serve")
        || !options.keySet().containsAll(Set.of("--state-dir", "--listen", "--log", "--origin"))) {
      return usage(out);
    }
    NoteKey log = NoteKey.parse(options.get("--log"));
    Witness witness =
        new Witness(
            key,
            pair.getPrivate(),
            Map.of(originOf(options), log),
            new WitnessState(Path.of(options.get("--state-dir"))),
            Clock.systemUTC());
    String[] listen = options.get("--listen").split(":");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(listen[0], Integer.parseInt(listen[1])), 16);
    server.createContext("/add-checkpoint", exchange -> answer(exchange, witness));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    out.println("testigo " + key.name() + " escuchando en " + options.get("--listen"));
    return SERVING;
  }

  /** The origin line of the log's checkpoints. */
  private static String originOf(Map<String, String> options) {
    String origin = options.get("--origin");
    if (origin == null) {
      throw new IllegalArgumentException(
          "falta --origin, la primera línea de los puntos de control");
    }
    return origin;
  }

  private static void answer(HttpExchange exchange, Witness witness) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, new Witness.Answer(405, "text/plain; charset=utf-8", "solo POST\n"));
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        send(exchange, Witness.Answer.text(413, "solicitud demasiado grande"));
        return;
      }
      send(exchange, witness.addCheckpoint(new String(body, StandardCharsets.UTF_8)));
    }
  }

  private static void send(HttpExchange exchange, Witness.Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static KeyPair readOrCreate(Path dir) throws IOException, GeneralSecurityException {
    KeyFactory factory = KeyFactory.getInstance("Ed25519");
    Path privateFile = dir.resolve("private.p8");
    Path publicFile = dir.resolve("public.der");
    if (!Files.exists(privateFile)) {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      Files.write(publicFile, pair.getPublic().getEncoded());
      Path temporary = dir.resolve("private.p8.tmp");
      Files.write(temporary, pair.getPrivate().getEncoded());
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      Files.move(temporary, privateFile);
    }
    PrivateKey privateKey =
        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
    return new KeyPair(
        factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))), privateKey);
  }

  private static int usage(PrintStream out) {
    out.println(
        "uso: WitnessServer init --key-dir DIR --name NOMBRE\n"
            + "     WitnessServer serve --key-dir DIR --name NOMBRE --state-dir DIR"
            + " --listen HOST:PUERTO --log VKEY --origin ORIGEN");
    return 2;
  }
}
