package mx.gob.qroo.rppc.web.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.SampleLayers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planners' map in Chromium, over the sample parcels of Cancún and a plan published for the
 * test: a planner logs in, opens the map, searches a cadastral key and reads the parcel's card.
 */
class MapPageIT {

  private static final String RUN =
      Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  private static final String PARCEL = "23005-023-0003-010";

  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openAsPlanner() {
    SampleLayers.parcelsLoaded();
    SampleLayers.publishPlan(
            "planeador1", "PDU-MAP-" + RUN, "PDU", "2024-06-01", "pdu-cancun-2024.geojson")
        .then()
        .statusCode(201);
    browser = Browser.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Browser.logIn(browser, "planeador1", "/mapa/");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aPlannerSearchesACadastralKeyAndReadsTheParcelsCard() {
    // the sample's parcels are drawn around the starting view
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.predio")));

    WebElement search = browser.findElement(By.id("buscar"));
    search.clear();
    search.sendKeys(PARCEL);
    browser.findElement(By.id("buscar-boton")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tarjeta-clave"), PARCEL));
    String cardText = browser.findElement(By.id("tarjeta")).getText();
    assertThat(cardText).contains("Municipio 23005", "m²", "PDU-MAP-" + RUN + " v1", "%");
    List<WebElement> legend = browser.findElements(By.cssSelector("#leyenda li"));
    assertThat(legend).isNotEmpty();
  }

  @Test
  void clickingAParcelOpensItsCardAndAnUnknownKeyIsSaidPlainly() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("path.predio")));
    browser.findElements(By.cssSelector("path.predio")).get(0).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("tarjeta-clave"), "23005-"));

    WebElement search = browser.findElement(By.id("buscar"));
    search.clear();
    search.sendKeys("23005-999-9999-999");
    browser.findElement(By.id("buscar-boton")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("aviso"), "No se encontró ningún predio vigente"));
  }

  @Test
  void aLinkWithAKeyOpensTheMapOnThatParcel() {
    browser.get(mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL + "/mapa/?q=23005-023-0010-002");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tarjeta-clave"), "23005-023-0010-002"));
  }
}
