package mx.gob.qroo.rppc.web.document;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A registrar opens a filing's document in the back office: the file, its text, hash and state. */
class DocumentViewerIT {

  @Test
  void aRegistrarSeesTheDocumentItsTextHashAndState() throws Exception {
    String filing =
        Fixtures.received(Fixtures.saleOf(Fixtures.newPropertyFolio())).getString("entryNumber");
    JsonPath uploaded =
        as("capturista1")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                "escritura.pdf",
                SampleFiles.pdf("Escritura de Benito Juárez 7788"),
                "application/pdf")
            .post("/api/filings/" + filing + "/documents")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    long id = uploaded.getLong("id");
    assertThat(ExtractedDocuments.settled(id).getString("status")).isEqualTo("PROCESSED");

    WebDriver browser = Browser.open();
    try {
      Browser.logIn(browser, "registrador1", "/backoffice/calificacion.xhtml?e=" + filing);
      browser.findElement(By.linkText("escritura.pdf")).click();
      assertThat(browser.findElement(By.id("estado")).getText()).isEqualTo("Procesado");
      assertThat(browser.findElement(By.id("tipo")).getText()).isEqualTo("application/pdf");
      assertThat(browser.findElement(By.id("huella")).getText())
          .isEqualTo(uploaded.getString("sha256"));
      assertThat(browser.findElement(By.id("texto")).getText()).contains("Benito Juárez 7788");
      assertThat(browser.findElements(By.id("visor-pdf"))).hasSize(1);
      Object served =
          ((JavascriptExecutor) browser)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(document.getElementById('archivo').href)"
                      + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))");
      assertThat(served).isEqualTo("200 application/pdf");
    } finally {
      browser.quit();
    }
    // the page and the file were each a logged read
    assertThat(
            mx.gob.qroo.rppc.web.testing.Deployment.count(
                "select count(*) from audit.access_event where resource_type = 'DOCUMENT'"
                    + " and action = 'READ' and resource_id = '"
                    + id
                    + "' and actor = 'registrador1'"))
        .isGreaterThanOrEqualTo(3);
  }
}
