import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Times what a registrar's inscription of a sale costs, one after another, as the examination page
 * does it: with the e.firma flow where the server has it (GET …/to-be-signed, RSA PKCS#1 v1.5
 * SHA-256 signature by the registrar's key, POST …/examination carrying it: the server verifies
 * the signature, the chain and the OCSP answer before it commits), and a bare INSCRIBE where it
 * has not (the code before issue 19). Each filing (a COMPRAVENTA on a folio with no filing pending)
 * is received and assigned first, outside the timing.
 *
 * <p>Arguments: base URL, Keycloak URL, folios file, warm-up inscriptions, measured inscriptions,
 * the registrar's certificate (DER) and unencrypted PKCS#8 key (used only where the server signs).
 */
public class Inscriptions {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String keycloak = args[1];
    List<String> folios = Files.readAllLines(Path.of(args[2]));
    int warmup = Integer.parseInt(args[3]);
    int measured = Integer.parseInt(args[4]);
    byte[] certificate = Files.readAllBytes(Path.of(args[5]));
    PrivateKey key =
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(Path.of(args[6]))));
    if (folios.size() < warmup + measured) {
      throw new IllegalArgumentException("only " + folios.size() + " free folios");
    }
    Tokens tokens = new Tokens(keycloak);
    Boolean signing = null;
    long[] nanos = new long[measured];
    long[] posts = new long[measured];
    for (int i = 0; i < warmup + measured; i++) {
      String entry = receivedAndAssigned(base, tokens, folios.get(i));
      if (signing == null) {
        // the code before issue 19 has no such resource
        signing = get(base + "/api/filings/" + entry + "/examination/to-be-signed",
            tokens.of("registrador1")).statusCode() == 200;
        System.out.println("mode: " + (signing ? "signed (e.firma)" : "unsigned"));
      }
      long start = System.nanoTime();
      String decision;
      if (signing) {
        HttpResponse<String> toSign =
            get(base + "/api/filings/" + entry + "/examination/to-be-signed",
                tokens.of("registrador1"));
        byte[] bytes = Base64.getDecoder().decode(json(toSign).getString("toBeSigned"));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(bytes);
        decision =
            "{\"decision\":\"INSCRIBE\",\"signature\":{\"certificate\":\""
                + Base64.getEncoder().encodeToString(certificate)
                + "\",\"value\":\""
                + Base64.getEncoder().encodeToString(rsa.sign())
                + "\"}}";
      } else {
        decision = "{\"decision\":\"INSCRIBE\"}";
      }
      long posted = System.nanoTime();
      HttpResponse<String> inscribed =
          post(base + "/api/filings/" + entry + "/examination", tokens.of("registrador1"), decision);
      long end = System.nanoTime();
      long took = end - start;
      if (inscribed.statusCode() != 200) {
        throw new IllegalStateException(entry + ": " + inscribed.statusCode() + " " + inscribed.body());
      }
      if (i >= warmup) {
        nanos[i - warmup] = took;
        posts[i - warmup] = end - posted;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(posts);
    System.out.printf(
        "RESULT mode=%s inscriptions=%d warmup=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f"
            + " mean_ms=%.2f post_p50_ms=%.2f post_p99_ms=%.2f%n",
        signing ? "signed" : "unsigned", measured, warmup, ms(nanos, 0.50), ms(nanos, 0.90),
        ms(nanos, 0.99), Arrays.stream(nanos).average().orElse(0) / 1e6, ms(posts, 0.50),
        ms(posts, 0.99));
  }

  private static String receivedAndAssigned(String base, Tokens tokens, String folio)
      throws Exception {
    String office = folio.substring(0, 3);
    HttpResponse<String> received =
        post(base + "/api/filings", tokens.of("capturista1"),
            "{\"office\":\"" + office + "\",\"procedureType\":\"COMPRAVENTA\","
                + "\"applicant\":{\"name\":\"Carla Gómez Rivera\",\"curp\":\"GOMC850101MQRRRR09\"},"
                + "\"folios\":[\"" + folio + "\"],"
                + "\"act\":{\"holders\":[{\"name\":\"Jorge Pérez Hernández\","
                + "\"curp\":\"PEHJ900215HQRRRN00\",\"share\":100}],"
                + "\"value\":1500000.00,\"deed\":{\"number\":\"1\",\"notary\":\"Notaría 3\"}}}");
    if (received.statusCode() != 201) {
      throw new IllegalStateException(folio + ": " + received.statusCode() + " " + received.body());
    }
    String entry = json(received).getString("entryNumber");
    HttpResponse<String> assigned =
        post(base + "/api/filings/" + entry + "/assignment", tokens.of("registrador1"), "");
    if (assigned.statusCode() != 200) {
      throw new IllegalStateException(entry + ": " + assigned.statusCode() + " " + assigned.body());
    }
    return entry;
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String token, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /** The demo users' tokens (password = user name), fetched again every two minutes. */
  private static final class Tokens {
    private final String keycloak;
    private final java.util.Map<String, String> tokens = new java.util.HashMap<>();
    private long fetchedAt;

    Tokens(String keycloak) {
      this.keycloak = keycloak;
    }

    String of(String user) throws Exception {
      if (System.nanoTime() - fetchedAt > 120_000_000_000L) {
        tokens.clear();
        fetchedAt = System.nanoTime();
      }
      String token = tokens.get(user);
      if (token == null) {
        String form = "grant_type=password&client_id=registry-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/rppc/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        token = json(answer).getString("access_token");
        tokens.put(user, token);
      }
      return token;
    }
  }
}
