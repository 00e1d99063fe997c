package mx.gob.qroo.rppc.web.security;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.FromAddress;
import mx.gob.qroo.rppc.web.testing.LookupBudgets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way of writing the address of a lookup by code (percent-encoded letters, dot segments, a
 * trailing slash, matrix parameters, another case, doubled slashes) either reaches the lookup and
 * spends the client's budget like the plain address, or looks nothing up: none serves what it
 * looked up beyond the budget. Each address is tried by a client of its own.
 */
class LookupPathAttackIT {

  /** Past the budget's burst of 30 and what refills while they are sent (1 every 2 s). */
  private static final int ENOUGH = 45;

  private static final int MOST_SERVED = 40;

  private static String trackingCode;
  private static String certificateCode;
  private static byte[] certificatePdf;
  private static String alertToken;
  private static String alertFolio;

  @BeforeAll
  static void somethingToLookUp() {
    trackingCode =
        Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio())).getString("trackingCode");

    String folio = Fixtures.newPropertyFolio();
    String entry = Fixtures.received(Fixtures.certificateRequestOf(folio)).getString("entryNumber");
    as("registrador1").post("/api/filings/" + entry + "/assignment").then().statusCode(200);
    as("registrador1")
        .body("{\"decision\":\"INSCRIBE\"}")
        .post("/api/filings/" + entry + "/examination")
        .then()
        .statusCode(200);
    JsonPath issued =
        as("capturista1").get("/api/certificates?filing=" + entry).then().extract().jsonPath();
    certificateCode = issued.getString("[0].code");
    certificatePdf =
        as("capturista1")
            .accept("application/pdf")
            .get("/api/certificates/" + certificateCode + "/pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();

    alertFolio = Fixtures.newPropertyFolio();
    String owner = "atacada-" + System.nanoTime() + "@ejemplo.mx";
    FromAddress.fresh()
        .send(
            "POST",
            "/alerta-inmobiliaria/accion/suscribir",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            ("folio=" + alertFolio + "&correo=" + owner).getBytes(StandardCharsets.UTF_8));
    alertToken =
        Deployment.query("select token from alerting.subscription where email = ?", owner)
            .get(0)
            .get(0);
  }

  /**
   * The path written in every way a client might: {@code segments} are the fixed part, {@code code}
   * the last segment (the code looked up; none for a page whose code is a parameter).
   */
  private static Map<String, String> writings(List<String> segments, String code, String query) {
    String tail = code == null ? "" : "/" + code;
    String plain = "/" + String.join("/", segments);
    String last = segments.get(segments.size() - 1);
    String encodedLast =
        last.substring(0, last.length() - 1)
            + String.format("%%%02X", (int) last.charAt(last.length() - 1));
    List<String> encoded = new ArrayList<>(segments);
    encoded.set(segments.size() - 1, encodedLast);
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("plain", plain + tail + query);
    paths.put("a letter percent-encoded", "/" + String.join("/", encoded) + tail + query);
    paths.put("every letter of a segment encoded", "/" + encodeAll(segments) + tail + query);
    if (code != null) {
      paths.put(
          "the code's first character encoded",
          plain + "/" + String.format("%%%02X", (int) code.charAt(0)) + code.substring(1) + query);
      paths.put("the code in lower case", plain + "/" + code.toLowerCase(Locale.ROOT) + query);
      paths.put("a trailing slash", plain + tail + "/" + query);
      paths.put("a matrix parameter on the code", plain + tail + ";jsessionid=ABC123" + query);
    }
    paths.put("a dot segment", "/./" + plain.substring(1) + tail + query);
    paths.put("an encoded dot segment", "/%2e/" + plain.substring(1) + tail + query);
    paths.put("a parent segment", "/x/../" + plain.substring(1) + tail + query);
    paths.put("a doubled slash", "/" + segments.get(0) + "/" + plain + tail + query);
    paths.put(
        "a matrix parameter on a segment",
        "/"
            + segments.get(0)
            + ";a=b"
            + plain.substring(segments.get(0).length() + 1)
            + tail
            + query);
    paths.put("another case", plain.toUpperCase(Locale.ROOT) + tail + query);
    return paths;
  }

  /** The first segment but its first letter, every letter percent-encoded. */
  private static String encodeAll(List<String> segments) {
    StringBuilder first = new StringBuilder();
    for (char c : segments.get(0).toCharArray()) {
      first.append(String.format("%%%02X", (int) c));
    }
    List<String> rest = new ArrayList<>(segments);
    rest.set(0, first.toString());
    return String.join("/", rest);
  }

  /**
   * Each writing, from a client of its own: refused within the budget (it spent it like the plain
   * address), or never served (it looked nothing up). Returns the writings that spent the budget.
   */
  private static List<String> eachWritingSpendsTheBudgetOrServesNothing(
      Map<String, String> paths,
      Function<String, Function<FromAddress, FromAddress.Answer>> request,
      Predicate<FromAddress.Answer> served) {
    List<String> counted = new ArrayList<>();
    paths.forEach(
        (name, path) -> {
          LookupBudgets.Run run =
              LookupBudgets.spend(FromAddress.fresh(), request.apply(path), served, ENOUGH);
          if (run.refused()) {
            counted.add(name);
            assertThat(run.served()).as(name + ": " + path).isLessThanOrEqualTo(MOST_SERVED);
          } else {
            assertThat(run.served()).as(name + ": " + path + " served without limit").isZero();
          }
        });
    System.out.println("spent the budget: " + counted + " of " + paths.keySet());
    assertThat(counted).as("the plain address spends the budget").contains("plain");
    return counted;
  }

  private static Function<String, Function<FromAddress, FromAddress.Answer>> get() {
    return path -> client -> client.get(path);
  }

  @Test
  void theApiLookupOfAProcedure() {
    List<String> counted =
        eachWritingSpendsTheBudgetOrServesNothing(
            writings(List.of("api", "public", "filings"), trackingCode, ""),
            get(),
            a -> a.status() == 200 && a.body().contains(trackingCode));
    // JAX-RS matches the path as sent: an encoded letter of the path finds no resource (404)
    assertThat(counted).contains("the code's first character encoded", "a trailing slash");
  }

  @Test
  void theProcedurePage() {
    List<String> counted =
        eachWritingSpendsTheBudgetOrServesNothing(
            writings(List.of("tramite"), trackingCode, ""),
            get(),
            a -> a.status() == 200 && a.body().contains("Trámite " + trackingCode));
    // the addresses a filter on the raw URL let through
    assertThat(counted).contains("a letter percent-encoded", "a dot segment", "a parent segment");
  }

  @Test
  void theCertificatePage() {
    eachWritingSpendsTheBudgetOrServesNothing(
        writings(List.of("verificar"), certificateCode, ""),
        get(),
        a -> a.status() == 200 && a.body().contains(certificateCode));
  }

  /**
   * The certificate's offline proof: a 200 (the proof) or a 503 (not yet cosigned) both say the
   * code exists, so every writing that reaches it spends the budget like the plain one.
   */
  @Test
  void theOfflineProofOfACertificate() {
    String plain = "/verificar/" + certificateCode + "/prueba";
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("plain", plain);
    paths.put("a letter percent-encoded", "/verificar/" + certificateCode + "/prueb%61");
    paths.put(
        "the code in lower case",
        "/verificar/" + certificateCode.toLowerCase(Locale.ROOT) + "/prueba");
    paths.put(
        "the code's first character encoded",
        "/verificar/%43" + certificateCode.substring(1) + "/prueba");
    paths.put("a dot segment", "/./verificar/" + certificateCode + "/prueba");
    paths.put("a parent segment", "/x/../verificar/" + certificateCode + "/prueba");
    paths.put("a matrix parameter", "/verificar/" + certificateCode + "/prueba;jsessionid=ABC123");
    paths.put("a trailing slash", plain + "/");
    paths.put("another case", "/VERIFICAR/" + certificateCode + "/PRUEBA");
    eachWritingSpendsTheBudgetOrServesNothing(
        paths, get(), a -> a.status() == 200 || a.status() == 503);
  }

  @Test
  void theUploadOfACertificateToCompare() {
    String boundary = "----limite" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"c.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + certificatePdf.length + end.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(certificatePdf, 0, body, head.length, certificatePdf.length);
    System.arraycopy(end, 0, body, head.length + certificatePdf.length, end.length);
    Map<String, String> headers =
        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary);
    eachWritingSpendsTheBudgetOrServesNothing(
        writings(List.of("verificar"), certificateCode, ""),
        path -> client -> client.send("POST", path, headers, body),
        a -> a.status() == 200 && a.body().contains("id=\"original\""));
  }

  @Test
  void aSubscriptionToPropertyAlertsWhichTellsWhetherAFolioExists() {
    Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded");
    byte[] body =
        ("folio=CUN-FR-999999999&correo=nadie-" + System.nanoTime() + "@ejemplo.mx")
            .getBytes(StandardCharsets.UTF_8);
    eachWritingSpendsTheBudgetOrServesNothing(
        writings(List.of("alerta-inmobiliaria", "accion", "suscribir"), null, ""),
        path -> client -> client.send("POST", path, headers, body),
        a -> a.status() == 303 && String.valueOf(a.header("Location")).contains("error=folio"));
  }

  @Test
  void theButtonsOfTheAlertPagesWhichTakeTheToken() {
    Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded");
    byte[] body = ("t=" + alertToken).getBytes(StandardCharsets.UTF_8);
    for (String action : List.of("confirmar", "cancelar")) {
      eachWritingSpendsTheBudgetOrServesNothing(
          writings(List.of("alerta-inmobiliaria", "accion", action), null, ""),
          path -> client -> client.send("POST", path, headers, body),
          a -> a.status() == 303 && String.valueOf(a.header("Location")).contains("hecho=1"));
    }
  }

  @Test
  void theAlertPagesReachedByTheTokenOfTheirLinks() {
    for (String page : List.of("confirmar.xhtml", "baja.xhtml")) {
      eachWritingSpendsTheBudgetOrServesNothing(
          writings(List.of("alerta-inmobiliaria", page), null, "?t=" + alertToken),
          get(),
          a -> a.status() == 200 && a.body().contains(alertFolio));
    }
  }
}
