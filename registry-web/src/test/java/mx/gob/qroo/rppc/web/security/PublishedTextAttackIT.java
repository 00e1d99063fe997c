package mx.gob.qroo.rppc.web.security;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.SampleLayers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Script in the names people publish: a planner's plan and zone names carrying markup, shown to
 * every planner on the map (whose Leaflet reads tooltips and layer names as HTML) and to anyone in
 * the OGC API's HTML. They stay text; and every page says to the browser that no inline script may
 * run and no other site may frame it.
 */
class PublishedTextAttackIT {

  private static final String RUN =
      Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  private static final String PLAN_NAME =
      "Plan <img src=x id=xss-plan onerror=\"document.title='pwned'\"> " + RUN;
  private static final String ZONE_NAME = "Zona <b id=xss-zone>negrita</b><script>x=1</script>";

  private static WebDriver browser;

  @BeforeAll
  static void publishHostileNames() {
    SampleLayers.parcelsLoaded();
    String layer =
        new String(SampleLayers.file("pdu-cancun-2024.geojson"), StandardCharsets.UTF_8)
            .replace("\"nombre\": \"Corredor urbano\"", "\"nombre\": \"" + json(ZONE_NAME) + "\"");
    as("planeador1")
        .contentType("application/geo+json")
        .queryParam("planKey", "PDU-XSS-" + RUN)
        .queryParam("kind", "PDU")
        .queryParam("municipality", "23005")
        .queryParam("validFrom", "2024-06-01")
        .queryParam("name", PLAN_NAME)
        .queryParam("sourceDocument", "<a href=javascript:alert(1)>POE</a>")
        .queryParam("fileName", "pdu.geojson")
        .body(layer.getBytes(StandardCharsets.UTF_8))
        .post("/api/plans")
        .then()
        .statusCode(201);
    browser = Browser.open();
    Browser.logIn(browser, "planeador1", "/mapa/");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void namesOnThePlannersMapAreText() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    By label = By.xpath("//label[contains(., 'PDU-XSS') or contains(., '" + RUN + "')]");
    wait.until(ExpectedConditions.presenceOfElementLocated(label));
    String shown = browser.findElement(label).getAttribute("textContent");
    assertThat(shown).contains("<img src=x id=xss-plan");

    // a zone's tooltip, opened as a pointer over it would
    JavascriptExecutor js = (JavascriptExecutor) browser;
    wait.until(
        d ->
            !d.findElements(By.cssSelector(".leaflet-zonas-pane path, .leaflet-overlay-pane path"))
                .isEmpty());
    // hovered again at each poll: the hostile plan's zones may draw after the first paths
    wait.until(
        d -> {
          for (WebElement zone :
              d.findElements(
                  By.cssSelector(".leaflet-zonas-pane path, .leaflet-overlay-pane path"))) {
            js.executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                    + "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true,"
                    + " clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}));",
                zone);
          }
          return d.findElements(By.cssSelector(".leaflet-tooltip")).stream()
              .anyMatch(t -> t.getAttribute("textContent").contains("<b id=xss-zone>"));
        });

    assertThat(browser.findElements(By.id("xss-plan"))).isEmpty();
    assertThat(browser.findElements(By.id("xss-zone"))).isEmpty();
    assertThat(browser.getTitle()).isNotEqualTo("pwned");
  }

  @Test
  void theSessionCookieIsForThisSiteAndNoScript() {
    org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("the back office's session cookie").isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
  }

  @Test
  void theOgcApisHtmlShowsTheNamesAsText() {
    String collections =
        anonymous()
            .accept("text/html")
            .get("/api/ogc/collections?f=html")
            .then()
            .extract()
            .asString();
    assertThat(collections).doesNotContain("<img src=x id=xss-plan").contains("&lt;img src=x");
    String items =
        anonymous()
            .get("/api/ogc/collections/zones-pdu-xss-" + RUN.toLowerCase() + "-v1/items?f=html")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(items)
        .doesNotContain("<b id=xss-zone>", "<script>x=1")
        .contains("&lt;b id=xss-zone");
  }

  @Test
  void everyPageForbidsInlineScriptFramingAndSniffing() {
    for (String path :
        List.of(
            "/",
            "/tramite/AAAA-BBBB-CCCC-DDDD",
            "/verificar",
            "/datos-abiertos/",
            "/alerta-inmobiliaria/",
            "/api/health",
            "/api/public/plans",
            "/api/ogc?f=html")) {
      Response answer = anonymous().get(path);
      String policy = answer.header("Content-Security-Policy");
      assertThat(policy)
          .as(path)
          .contains("script-src 'self';", "frame-ancestors 'none'", "object-src")
          .doesNotContain("'unsafe-eval'");
      assertThat(
              policy.substring(
                  policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
          .as(path)
          .isEqualTo("script-src 'self'");
      answer.then().header("X-Content-Type-Options", "nosniff");
      answer.then().header("Referrer-Policy", containsString("origin"));
      answer.then().header("X-Frame-Options", "DENY");
    }
    // the pages carry no inline script (the map's code is a file of its own)
    String page = anonymous().get("/").then().extract().asString();
    assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
