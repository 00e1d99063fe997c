package mx.gob.qroo.rppc.web.filing;

import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import mx.gob.qroo.rppc.web.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen on the public page, in Debian's headless Chromium. */
class TrackingPageIT {

  private static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCitizenTypesTheTrackingCodeWithTheKeyboardAndSeesTheProcedureOnAPhone() {
    String code = FilingApiIT.receive(FilingApiIT.SALE_IN_CANCUN).path("trackingCode");

    browser.get(BASE_URL + "/");
    assertThat(browser.getTitle()).contains("Consulta de trámites");
    // the label names the field: clicking it focuses the input
    browser.findElement(By.cssSelector("label[for=codigo]")).click();
    browser.switchTo().activeElement().sendKeys(code.toLowerCase().replace("-", ""), Keys.ENTER);

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("estado")));
    assertThat(browser.getCurrentUrl()).endsWith("/tramite/" + code);
    assertThat(browser.getTitle()).startsWith("Trámite " + code);
    assertThat(browser.findElement(By.id("estado")).getText()).isEqualTo("Recibido");
    assertThat(browser.findElement(By.id("tipo")).getText()).isEqualTo("Compraventa de inmueble");
    assertThat(browser.findElement(By.id("oficina")).getText()).isEqualTo("Cancún");
    assertThat(browser.findElement(By.id("recibido")).getText()).contains("hora de Quintana Roo");
    assertThat(browser.findElement(By.id("plazo")).getText())
        .startsWith("En tiempo: el plazo legal para resolverlo vence el");
    assertThat(browser.findElements(By.cssSelector("#historial li")))
        .singleElement()
        .satisfies(step -> assertThat(step.getText()).contains("Recibido", "número de entrada"));
    assertThat(browser.findElements(By.id("requerimiento"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain("Carla", "GOMC850101", "capturista1");
    // readable on a 360 px screen: nothing wider than the window
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
    assertThat(overflow).isEqualTo(false);
  }

  @Test
  void anUnknownCodeGetsAPlainSpanishMessage() {
    browser.get(BASE_URL + "/");
    browser.findElement(By.id("codigo")).sendKeys("2345-6789-ABCD-EFGH");
    browser.findElement(By.id("consultar")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("sin-resultado")));
    assertThat(browser.findElement(By.id("sin-resultado")).getText())
        .contains("No encontramos un trámite con ese código");
    assertThat(browser.findElements(By.id("estado"))).isEmpty();
    // the form is there again, with what was typed, to correct it
    assertThat(browser.findElement(By.id("codigo")).getAttribute("value"))
        .isEqualTo("2345-6789-ABCD-EFGH");
  }
}
