package mx.gob.qroo.rppc.web.alerting;

import static io.restassured.RestAssured.given;
import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.DemoSigners;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Alerta Inmobiliaria end to end: the registry's mail goes to GreenMail through WildFly's mail
 * session, and the tests read it as the owner would.
 */
class PropertyAlertsIT {

  private static final Pattern LINK =
      Pattern.compile(
          "https?://[^/\\s]+(/alerta-inmobiliaria/(confirmar|baja)\\.xhtml\\?t=([\\w-]+))");
  private static final String CURP = "[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d";

  private static Mailbox mailbox;

  @BeforeAll
  static void smtpServer() {
    mailbox = Mailbox.open();
  }

  @AfterAll
  static void stop() {
    if (mailbox != null) {
      mailbox.close();
    }
  }

  private static String owner() {
    return "duena-" + System.nanoTime() + "@ejemplo.mx";
  }

  private static Response form(String action, String... nameValues) {
    var request =
        given()
            .baseUri(BASE_URL)
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    for (int i = 0; i < nameValues.length; i += 2) {
      request = request.formParam(nameValues[i], nameValues[i + 1]);
    }
    return request.post("/alerta-inmobiliaria/accion/" + action);
  }

  private static Matcher link(Mailbox.Mail mail, String page) {
    Matcher m = LINK.matcher(mail.body());
    while (m.find()) {
      if (m.group(2).equals(page)) {
        return m;
      }
    }
    throw new AssertionError("sin enlace a " + page + " en: " + mail.body());
  }

  private static long filingNotices(String token) {
    return Deployment.count(
        "select count(*) from alerting.outbox o join alerting.subscription s"
            + " on s.id = o.subscription_id where s.token = '"
            + token
            + "' and o.kind = 'FILING'");
  }

  @Test
  void anOwnerConfirmsIsToldOfTheNextFilingWithoutAnyonesDataAndCanLeave() {
    String folio = Fixtures.newPropertyFolio();
    String owner = owner();

    form("suscribir", "folio", folio.toLowerCase(), "correo", owner)
        .then()
        .statusCode(303)
        .header("Location", equalTo("/alerta-inmobiliaria/?estado=enviada"));
    Mailbox.Mail confirmation =
        mailbox.await(owner, "Confirme su Alerta Inmobiliaria del folio " + folio);
    Matcher confirm = link(confirmation, "confirmar");
    String token = confirm.group(3);
    assertThat(confirmation.listUnsubscribe())
        .contains("/alerta-inmobiliaria/baja.xhtml?t=" + token);

    // nothing is sent for a subscription that is not confirmed
    String earlier = Fixtures.received(Fixtures.saleOf(folio)).getString("entryNumber");
    assertThat(filingNotices(token)).isZero();

    // following the link only shows a button: a mail scanner's GET confirms nothing
    String page =
        given().baseUri(BASE_URL).get(confirm.group(1)).then().statusCode(200).extract().asString();
    assertThat(page).contains("Confirmar la alerta", folio).doesNotContain(owner);
    form("confirmar", "t", token)
        .then()
        .statusCode(303)
        .header("Location", startsWith("/alerta-inmobiliaria/confirmar.xhtml?t=" + token));
    assertThat(given().baseUri(BASE_URL).get(confirm.group(1)).asString()).contains("está activa");

    String entryNumber = Fixtures.received(Fixtures.saleOf(folio)).getString("entryNumber");
    Mailbox.Mail notice =
        mailbox.await(owner, "Alerta Inmobiliaria: se presentó un trámite sobre el folio " + folio);
    assertThat(notice.body())
        .contains(
            entryNumber,
            folio,
            "hora de Quintana Roo",
            "/alerta-inmobiliaria/baja.xhtml?t=" + token)
        .doesNotContain("Carla", "Jorge", "capturista1")
        .doesNotContainPattern(CURP);
    assertThat(filingNotices(token)).isEqualTo(1);

    // the registrar inscribes the earlier sale: an entry on the folio
    Deployment.as("registrador1")
        .post("/api/filings/" + earlier + "/assignment")
        .then()
        .statusCode(200);
    DemoSigners.inscribe("registrador1", earlier).statusCode(200);
    assertThat(mailbox.await(owner, "se inscribió un asiento en el folio " + folio).body())
        .contains("compraventa", folio)
        .doesNotContain("Jorge", "Carla")
        .doesNotContainPattern(CURP);

    form("cancelar", "t", token).then().statusCode(303);
    assertThat(
            given().baseUri(BASE_URL).get("/alerta-inmobiliaria/baja.xhtml?t=" + token).asString())
        .contains("ya no enviaremos avisos");
    Fixtures.received(Fixtures.saleOf(folio));
    assertThat(filingNotices(token)).isEqualTo(1);
  }

  @Test
  void anUnknownFolioABadAddressAndAStrangeLinkGetPlainAnswers() {
    form("suscribir", "folio", "CUN-FR-999999999", "correo", owner())
        .then()
        .statusCode(303)
        .header("Location", startsWith("/alerta-inmobiliaria/?error=folio"));
    form("suscribir", "folio", Fixtures.newPropertyFolio(), "correo", "no-es-correo")
        .then()
        .statusCode(303)
        .header("Location", startsWith("/alerta-inmobiliaria/?error=correo"));
    assertThat(
            given().baseUri(BASE_URL).get("/alerta-inmobiliaria/?error=folio&folio=X").asString())
        .contains("No encontramos ese folio");
    given()
        .baseUri(BASE_URL)
        .get("/alerta-inmobiliaria/confirmar.xhtml?t=no-existe")
        .then()
        .statusCode(404);
  }

  @Test
  void aCitizenSubscribesInTheBrowserAndFollowsTheLinkFromTheEmail() {
    String folio = Fixtures.newPropertyFolio();
    String owner = owner();
    WebDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      browser.get(BASE_URL + "/alerta-inmobiliaria/");
      browser.findElement(By.id("folio")).sendKeys(folio);
      browser.findElement(By.id("correo")).sendKeys(owner);
      browser.findElement(By.id("suscribir")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enviada")));

      Mailbox.Mail confirmation = mailbox.await(owner, "Confirme su Alerta Inmobiliaria");
      browser.get(BASE_URL + link(confirmation, "confirmar").group(1));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmar"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmada")));
      assertThat(browser.findElement(By.id("confirmada")).getText()).contains(folio, "está activa");
    } finally {
      browser.quit();
    }
  }
}
