package mx.gob.qroo.rppc.web.audit;

import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditor's alerts journey in headless Chromium: a clerk looks at a folio no filing of theirs
 * concerns, the rules raise an alert, and the auditor finds it in the queue, sees the access behind
 * it, follows it to the folio's whole access history, and explains the alert with a note that the
 * access log keeps.
 */
class AlertsJourneyIT {

  private WebDriver auditor;

  @BeforeEach
  void openBrowser() {
    auditor = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    auditor.quit();
  }

  @Test
  void anAuditorFindsAnUnjustifiedReadFollowsItAndExplainsIt() {
    String folio = Fixtures.newPropertyFolio();
    as("capturista1").get("/api/folios/" + folio).then().statusCode(200);
    // the log's writer appends within seconds and the rules run every minute; both on demand here
    as("auditor1").accept("text/plain").post("/api/audit/checkpoints").then().statusCode(200);
    as("auditor1").post("/api/audit/alerts/detection").then().statusCode(200);

    Browser.logIn(
        auditor,
        "auditor1",
        "/backoffice/alertas.xhtml?regla=UNJUSTIFIED_ACCESS&actor=capturista1");
    WebElement row =
        waitFor(By.id("alertas")).findElements(By.cssSelector("tbody tr")).stream()
            .filter(r -> r.getText().contains(folio))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no alert about " + folio + " in the queue"));
    assertThat(row.getText()).contains("Consulta sin justificación", "capturista1", "Abierta");
    row.findElement(By.cssSelector("a.alerta")).click();

    assertThat(waitFor(By.id("resumen")).getText()).contains(folio, "sin justificación");
    assertThat(auditor.findElement(By.id("estado-alerta")).getText()).isEqualTo("Abierta");
    assertThat(auditor.findElement(By.id("eventos")).getText()).contains("READ", "FOLIO " + folio);
    String alertUrl = auditor.getCurrentUrl();

    // a review without a note is refused, in words
    new Select(auditor.findElement(By.id("revision:estado"))).selectByValue("EXPLAINED");
    auditor.findElement(By.id("revision:guardar")).click();
    assertThat(waitFor(By.id("mensajes")).getText()).contains("Nota", "obligatori");
    assertThat(waitFor(By.id("estado-alerta")).getText()).isEqualTo("Abierta");

    String note = "Revisión de colindancias pedida por la Dirección, oficio " + UUID.randomUUID();
    new Select(auditor.findElement(By.id("revision:estado"))).selectByValue("EXPLAINED");
    auditor.findElement(By.id("revision:nota")).sendKeys(note);
    auditor.findElement(By.id("revision:guardar")).click();
    new WebDriverWait(auditor, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("estado-alerta"), "Explicada"));
    assertThat(auditor.findElement(By.id("revisiones")).getText())
        .contains("auditor1", "Explicada", note);

    // the note is in the tamper-evident log, as the auditor's own access
    List<List<String>> logged =
        Deployment.query(
            "select actor, action, resource_type, detail from audit.access_event"
                + " where detail like ? order by id",
            "%" + note);
    assertThat(logged)
        .containsExactly(List.of("auditor1", "UPDATE", "ALERT", "EXPLAINED: " + note));

    // from the event, the folio's whole access history
    auditor.get(alertUrl);
    waitFor(By.id("eventos")).findElement(By.linkText("FOLIO " + folio)).click();
    assertThat(waitFor(By.id("resultados")).getText()).contains("capturista1", "READ", folio);
    assertThat(auditor.findElement(By.id("actor")).getAttribute("value")).isEmpty();
    assertThat(new Select(auditor.findElement(By.id("tipo"))).getFirstSelectedOption().getText())
        .isEqualTo("FOLIO");

    // explained alerts leave the open queue
    auditor.get(BASE_URL + "/backoffice/alertas.xhtml?regla=UNJUSTIFIED_ACCESS&actor=capturista1");
    assertThat(waitFor(By.id("alertas")).getText()).doesNotContain(folio);
  }

  @Test
  void aClerkGivesTheReasonForAFolioConsultationAndTheLogKeepsItWithTheirSubject() {
    String folio = Fixtures.newPropertyFolio();
    Browser.logIn(auditor, "capturista1", "/backoffice/folio.xhtml?f=" + folio);
    assertThat(waitFor(By.id("folio-numero")).getText()).isEqualTo(folio);

    auditor.findElement(By.id("justificacion")).sendKeys("atencion_al_publico");
    auditor.findElement(By.id("consultar")).click();
    new WebDriverWait(auditor, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("justificacion=atencion_al_publico"));
    assertThat(waitFor(By.id("folio-numero")).getText()).isEqualTo(folio);

    List<List<String>> reads =
        Deployment.query(
            "select justification, actor_subject is not null from audit.access_event"
                + " where actor = 'capturista1' and action = 'READ' and resource_type = 'FOLIO'"
                + " and resource_id = ? order by id",
            folio);
    assertThat(reads)
        .containsExactly(Arrays.asList(null, "t"), List.of("ATENCION_AL_PUBLICO", "t"));

    // a page the clerk's role may not use says so, and the attempt is logged as denied
    long denied = deniedAlertPages();
    auditor.get(BASE_URL + "/backoffice/alertas.xhtml");
    assertThat(waitFor(By.id("mensajes")).getText()).contains("Su rol no permite");
    assertThat(deniedAlertPages()).isEqualTo(denied + 1);
  }

  private static long deniedAlertPages() {
    return Deployment.count(
        "select count(*) from audit.access_event where actor = 'capturista1'"
            + " and outcome = 'DENIED' and resource_type = 'ALERT'");
  }

  private WebElement waitFor(By what) {
    return new WebDriverWait(auditor, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(what));
  }
}
