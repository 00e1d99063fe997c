package mx.gob.qroo.rppc.web.document;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.LegacyInbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The legacy books in the back office, in Chromium: a clerk starts a batch of the inbox and follows
 * its progress; a registrar finds a record, reads its pages and migrates it to a folio; a
 * multi-page TIFF is viewed a page at a time.
 */
class LegacyBooksPagesIT {

  @Test
  void aClerkStartsABatchAndARegistrarMigratesOneOfItsRecords() throws Exception {
    int book = LegacyInbox.freshBook() + 3;
    String source = LegacyInbox.generated("pantalla-" + book, 2, book, false);

    WebDriver clerk = Browser.open();
    try {
      Browser.logIn(clerk, "capturista1", "/backoffice/libros.xhtml");
      clerk.findElement(By.xpath("//li[.//code='" + source + "']//input[@type='submit']")).click();
      // the page reloads itself every 5 s while the batch runs, so the flash message may be gone
      // by the time it is read (it was, once, on CI); the batch's own panel stays
      Wait<WebDriver> reloading =
          new WebDriverWait(clerk, Duration.ofMinutes(3))
              .ignoring(StaleElementReferenceException.class)
              .ignoring(NoSuchElementException.class);
      assertThat(reloading.<String>until(b -> b.findElement(By.cssSelector("#lote h3")).getText()))
          .endsWith(": " + source);
      assertThat(reloading.<String>until(b -> b.findElement(By.id("avance-lote")).getText()))
          .endsWith(" de 4 páginas");
      reloading.until(b -> b.findElement(By.id("estado-lote")).getText().equals("COMPLETED"));
      assertThat(reloading.<String>until(b -> b.findElement(By.id("avance-lote")).getText()))
          .isEqualTo("4 de 4 páginas");
    } finally {
      clerk.quit();
    }

    WebDriver registrar = Browser.open();
    try {
      Browser.logIn(
          registrar,
          "registrador1",
          "/backoffice/libros.xhtml?libro=" + book + "&tomo=I&partida=101");
      registrar.findElement(By.partialLinkText("Partida 101")).click();
      assertThat(registrar.findElement(By.id("antecedente")).getText())
          .isEqualTo("Libro " + book + ", Tomo I, Partida 101, oficina de Chetumal");
      assertThat(registrar.findElement(By.id("paginas-partida")).getText())
          .contains("PARTIDA NUMERO 101");
      new Select(registrar.findElement(By.id("migrar:municipio"))).selectByValue("23004");
      registrar.findElement(By.id("migrar:clave")).sendKeys("04-" + book + "-101");
      registrar.findElement(By.id("migrar:ubicacion")).sendKeys("Lote 7, manzana 6, Chetumal");
      registrar.findElement(By.id("migrar:superficie")).sendKeys("170");
      registrar.findElement(By.id("migrar:titular")).sendKeys("Carla Gómez Rivera");
      registrar.findElement(By.id("migrar:curp")).sendKeys("GOMC850101MQRRRR09");
      registrar.findElement(By.id("migrar:migrar-boton")).click();
      assertThat(
              new WebDriverWait(registrar, Duration.ofSeconds(20))
                  .until(ExpectedConditions.visibilityOfElementLocated(By.id("folio-numero")))
                  .getText())
          .startsWith("CHE-");
      assertThat(registrar.findElement(By.id("asientos")).getText())
          .contains("Antecedente registral: Libro " + book + ", Tomo I, Partida 101");
      String folio = registrar.findElement(By.id("folio-numero")).getText();
      as("capturista1")
          .contentType("multipart/form-data")
          .multiPart(
              "file", "apertura.png", SampleFiles.scan("Apertura " + folio, "png"), "image/png")
          .post("/api/folios/" + folio + "/entries/1/documents")
          .then()
          .statusCode(202);
      registrar.navigate().refresh();
      registrar.findElement(By.linkText("apertura.png")).click();
      assertThat(registrar.findElement(By.id("de")).getText())
          .isEqualTo("Asiento 1 del folio " + folio);
    } finally {
      registrar.quit();
    }
  }

  @Test
  void aMultiPageTiffIsViewedAPageAtATime() throws Exception {
    String filing =
        Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio())).getString("entryNumber");
    long id =
        as("capturista1")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                "expediente.tif",
                SampleFiles.multiPageTiff("Hoja uno " + filing, "Hoja dos", "Hoja tres"),
                "image/tiff")
            .post("/api/filings/" + filing + "/documents")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");
    assertThat(ExtractedDocuments.settled(id).getInt("pages")).isEqualTo(3);
    assertThat(ExtractedDocuments.text(id)).contains("Hoja uno").contains("Hoja tres");

    WebDriver browser = Browser.open();
    try {
      Browser.logIn(browser, "registrador1", "/backoffice/documento.xhtml?id=" + id);
      assertThat(browser.findElement(By.id("pagina-actual")).getText()).isEqualTo("Página 1 de 3");
      assertThat(browser.findElements(By.id("pagina-anterior"))).isEmpty();
      browser.findElement(By.id("pagina-siguiente")).click();
      assertThat(browser.findElement(By.id("pagina-actual")).getText()).isEqualTo("Página 2 de 3");
      Object served =
          ((JavascriptExecutor) browser)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "const img = document.getElementById('visor-imagen');"
                      + "fetch(img.src).then(r => done(r.status + ' '"
                      + " + r.headers.get('content-type') + ' ' + img.naturalWidth))");
      assertThat(served).isEqualTo("200 image/png 1600");
    } finally {
      browser.quit();
    }
  }
}
