package mx.gob.qroo.rppc.web.folio;

import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import mx.gob.qroo.rppc.testing.DemoCa;
import mx.gob.qroo.rppc.testing.DemoCa.Efirma;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.DemoSigners;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The registry's daily journey in the back office, in headless Chromium. */
class BackofficeJourneyIT {

  private WebDriver clerk;
  private WebDriver registrar;

  @BeforeEach
  void openBrowsers() {
    clerk = Browser.open();
    registrar = Browser.open();
  }

  @AfterEach
  void closeBrowsers() {
    clerk.quit();
    registrar.quit();
  }

  @Test
  void aSaleReceivedAtTheCounterIsInscribedAndTheNewHolderAppearsOnTheFolio() {
    String folio = Fixtures.newPropertyFolio();

    Browser.logIn(clerk, "capturista1", "/backoffice/recepcion.xhtml");
    type(clerk, "recepcion:folios", folio);
    type(clerk, "recepcion:solicitante", "Jorge Pérez Hernández");
    type(clerk, "recepcion:curp", "PEHJ900215HQRRRN00");
    clerk.findElement(By.cssSelector("input[id$='titular']")).sendKeys("Jorge Pérez Hernández");
    clerk.findElement(By.cssSelector("input[id$='titular-id']")).sendKeys("PEHJ900215HQRRRN00");
    clerk.findElement(By.cssSelector("input[id$='titular-parte']")).sendKeys("100");
    type(clerk, "recepcion:valor", "1500000");
    type(clerk, "recepcion:escritura", "7788");
    type(clerk, "recepcion:notario", "Notaría 3 de Cancún");
    clerk.findElement(By.id("recepcion:recibir")).click();
    String entryNumber = waitFor(clerk, "numero-entrada").getText();
    assertThat(entryNumber).matches("CUN-\\d{4}-\\d{6}");
    assertThat(clerk.findElement(By.id("codigo-seguimiento")).getText())
        .matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){3}");
    assertThat(clerk.findElement(By.id("derechos")).getText()).contains("UMA");

    // the work queue of the office, chosen with a plain form (no script), lists it
    clerk.get(BASE_URL + "/backoffice/bandeja.xhtml");
    new org.openqa.selenium.support.ui.Select(waitFor(clerk, "oficina")).selectByValue("CUN");
    clerk.findElement(By.id("ver")).click();
    assertThat(waitFor(clerk, "pendientes").findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(clerk.getCurrentUrl()).contains("oficina=CUN");

    Browser.logIn(registrar, "registrador1", "/backoffice/calificacion.xhtml?e=" + entryNumber);
    registrar.findElement(By.id("calificar:turnar")).click();
    // what the registrar signs, in plain words, before they sign it
    assertThat(waitFor(registrar, "por-firmar-asientos").getText())
        .contains(
            "Folio " + folio + ", asiento 2: Compraventa",
            "Titular: Jorge Pérez Hernández (PEHJ900215HQRRRN00), 100 %",
            "Escritura 7788, ante Notaría 3 de Cancún");
    signWith(DemoSigners.of("registrador1"));
    // the status shows before the signature too ("Turnado"): wait for the page the post answers
    assertThat(textOnceItContains(registrar, "estado", "Inscrito")).isEqualTo("Inscrito");

    registrar.get(BASE_URL + "/backoffice/folio.xhtml?f=" + folio);
    assertThat(waitFor(registrar, "titulares").getText())
        .contains("Jorge Pérez Hernández")
        .doesNotContain("Carla");
    assertThat(registrar.findElement(By.id("asientos")).getText())
        .contains("Compraventa", entryNumber, "e.firma de Rubén Moo Pérez (MOPR790930HYNRLB03)");
  }

  @Test
  void aWrongPasswordAndARevokedCertificateAreRefusedInPlainWords(@TempDir Path issued) {
    String entryNumber =
        Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio())).getString("entryNumber");
    Browser.logIn(registrar, "registrador1", "/backoffice/calificacion.xhtml?e=" + entryNumber);
    registrar.findElement(By.id("calificar:turnar")).click();
    waitFor(registrar, "por-firmar-asientos");

    Efirma ruben = DemoSigners.of("registrador1");
    signWith(new Efirma(ruben.certificate(), ruben.key(), "no-es-la-clave"));
    assertThat(textOnceItContains(registrar, "efirma-aviso", "contraseña"))
        .isEqualTo("La contraseña de la llave privada no es correcta.");
    assertThat(registrar.findElement(By.id("estado")).getText())
        .isEqualTo("Turnado a un registrador");

    DemoCa authority = DemoSigners.authority(issued);
    Efirma revoked =
        authority.issue("registrador1-revocada", "Rubén Moo Pérez", "MOPR790930HYNRLB03");
    authority.revoke(revoked);
    signWith(revoked);
    textOnceItContains(registrar, "mensajes", "No se aceptó: el certificado fue revocado");
    assertThat(registrar.findElement(By.id("estado")).getText())
        .isEqualTo("Turnado a un registrador");
  }

  @Test
  void markupInWhatIsSignedIsShownAsText() {
    String hostile = "Notaría <img src=x id=xss-firma onerror=document.title='pwned'> 3";
    String entryNumber =
        Fixtures.received(
                Fixtures.saleOf(Fixtures.newPropertyFolio())
                    .replace("Notaría 3 de Cancún", hostile))
            .getString("entryNumber");
    Browser.logIn(registrar, "registrador1", "/backoffice/calificacion.xhtml?e=" + entryNumber);
    registrar.findElement(By.id("calificar:turnar")).click();

    assertThat(waitFor(registrar, "por-firmar-asientos").getText())
        .contains("ante Notaría <img src=x id=xss-firma");
    assertThat(registrar.findElements(By.id("xss-firma"))).isEmpty();
    assertThat(registrar.getTitle()).isNotEqualTo("pwned");
  }

  /** Chooses the .cer and .key, types the password and inscribes: the page signs in the browser. */
  private void signWith(Efirma efirma) {
    waitFor(registrar, "efirma-cer").sendKeys(efirma.certificate().toAbsolutePath().toString());
    registrar.findElement(By.id("efirma-key")).sendKeys(efirma.key().toAbsolutePath().toString());
    type(registrar, "efirma-clave", efirma.password());
    registrar.findElement(By.cssSelector("input[value='INSCRIBE']")).click();
    registrar.findElement(By.id("calificar:calificar-boton")).click();
  }

  @Test
  void theRegistrarIsToldWhichEarlierFilingsBlockAnInscription() {
    String folio = Fixtures.newPropertyFolio();
    String earlier =
        as("capturista1")
            .body(Fixtures.saleOf(folio))
            .post("/api/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("entryNumber");
    String later =
        as("capturista1")
            .body(Fixtures.saleOf(folio))
            .post("/api/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("entryNumber");

    Browser.logIn(registrar, "registrador1", "/backoffice/calificacion.xhtml?e=" + later);
    registrar.findElement(By.id("calificar:turnar")).click();
    // the decision is offered once the filing is turned to the registrar
    new WebDriverWait(registrar, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              d.findElement(By.cssSelector("input[value='INSCRIBE']")).click();
              return true;
            });
    registrar.findElement(By.id("calificar:calificar-boton")).click();

    assertThat(textOnceItContains(registrar, "mensajes", "No puede inscribirse " + later))
        .contains("Pendientes anteriores: " + earlier);
    assertThat(registrar.findElement(By.id("estado")).getText())
        .isEqualTo("Turnado a un registrador");
  }

  private static void type(WebDriver browser, String id, String text) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /**
   * The text of {@code id} once it holds {@code expected}: found afresh at each try, since a post
   * replaces the page (and its elements) while the browser is being asked.
   */
  private static String textOnceItContains(WebDriver browser, String id, String expected) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              String text = d.findElement(By.id(id)).getText();
              return text.contains(expected) ? text : null;
            });
  }

  private static org.openqa.selenium.WebElement waitFor(WebDriver browser, String id) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }
}
