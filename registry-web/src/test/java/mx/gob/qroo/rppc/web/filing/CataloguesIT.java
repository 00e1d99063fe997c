package mx.gob.qroo.rppc.web.filing;

import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static mx.gob.qroo.rppc.web.testing.Deployment.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import mx.gob.qroo.rppc.web.testing.Browser;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.HolidaysSetAside;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator maintains the catalogues; changes apply to filings received afterwards. */
class CataloguesIT {

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  private String donation(String folio) {
    return """
        {"office":"CUN","procedureType":"DONACION",
         "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},"folios":["%s"],
         "act":{"holders":[{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00","share":100}],"value":300000}}"""
        .formatted(folio);
  }

  @Test
  void aLongerTermAppliesToFilingsReceivedAfterTheChangeAndIsLogged() {
    String folio = Fixtures.newPropertyFolio();
    String before = Fixtures.received(donation(folio)).getString("dueDate");
    long logged =
        count(
            "select count(*) from audit.access_event where actor = 'admin1' and resource_type = 'CATALOGUE'");

    Browser.logIn(browser, "admin1", "/backoffice/catalogos.xhtml");
    new Select(browser.findElement(By.id("plazo:tipo"))).selectByValue("DONACION");
    browser.findElement(By.id("plazo:dias")).sendKeys("60");
    browser.findElement(By.id("plazo:guardar")).click();
    messageWait()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("mensajes"), "Plazo actualizado"));
    String after = Fixtures.received(donation(folio)).getString("dueDate");

    assertThat(LocalDate.parse(after)).isAfter(LocalDate.parse(before).plusDays(30));
    assertThat(
            count(
                "select count(*) from audit.access_event where actor = 'admin1' and resource_type = 'CATALOGUE'"))
        .isEqualTo(logged + 1);
    browser.findElement(By.id("plazo:dias")).sendKeys("15");
    new Select(browser.findElement(By.id("plazo:tipo"))).selectByValue("DONACION");
    browser.findElement(By.id("plazo:guardar")).click();
  }

  @Test
  void theAdministratorAddsAndRemovesAnOfficialHoliday() {
    Browser.logIn(browser, "admin1", "/backoffice/catalogos.xhtml?anio=2027");
    browser.findElement(By.id("feriado:fecha")).sendKeys("2027-10-08");
    browser.findElement(By.id("feriado:motivo")).sendKeys("Aniversario del Estado de Quintana Roo");
    browser.findElement(By.id("feriado:agregar")).click();
    messageWait()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("mensajes"), "Día inhábil agregado"));

    browser.get(
        mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL + "/backoffice/catalogos.xhtml?anio=2027");
    assertThat(browser.findElement(By.id("dias-inhabiles")).getText())
        .contains("2027-10-08", "Aniversario del Estado");
    assertThat(count("select count(*) from shared.holiday where day = date '2027-10-08'"))
        .isEqualTo(1);

    browser.findElements(By.cssSelector("#dias-inhabiles tr")).stream()
        .filter(row -> row.getText().contains("2027-10-08"))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("input[type=submit]"))
        .click();
    messageWait()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("mensajes"), "Día inhábil eliminado"));
    assertThat(count("select count(*) from shared.holiday where day = date '2027-10-08'")).isZero();
  }

  /**
   * The application keeps the catalogues in memory between receptions: a change made by any means
   * (here straight in SQL, as another node or a DBA would) must reach the very next filing, and so
   * must its removal.
   */
  @Test
  void aCatalogueChangedInTheDatabaseAppliesToTheNextReception() {
    String certificate =
        """
        {"office":"CUN","procedureType":"CERTIFICADO_LIBERTAD_GRAVAMEN",
         "applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},"folios":["%s"]}"""
            .formatted(Fixtures.sharedFolio());
    LocalDate today = LocalDate.now(ZoneId.of("America/Cancun"));
    Map<String, Object> before = receive(certificate);
    String rule =
        query(
                "insert into filing.fee_rule (procedure_type, valid_from, kind, uma)"
                    + " values ('CERTIFICADO_LIBERTAD_GRAVAMEN', ?, 'FIXED', 7.25) returning id",
                today)
            .get(0)
            .get(0);
    LocalDate dueBefore = LocalDate.parse((String) before.get("dueDate"));
    query(
        "insert into shared.holiday (day, name, scope) values (?, 'Día de prueba', 'STATE') returning day",
        dueBefore);
    Map<String, Object> changed;
    try {
      changed = receive(certificate);
    } finally {
      query("delete from filing.fee_rule where id = ? returning id", Long.parseLong(rule));
      query("delete from shared.holiday where day = ? returning day", dueBefore);
    }
    Map<String, Object> restored = receive(certificate);

    assertThat(fee(before)).isEqualByComparingTo("6");
    assertThat(fee(changed)).isEqualByComparingTo("7.25");
    assertThat(LocalDate.parse((String) changed.get("dueDate"))).isAfter(dueBefore);
    assertThat(fee(restored)).isEqualByComparingTo("6");
    assertThat(restored.get("dueDate")).isEqualTo(before.get("dueDate"));
  }

  private static Map<String, Object> receive(String body) {
    return Fixtures.received(body).getMap("$");
  }

  @SuppressWarnings("unchecked")
  private static BigDecimal fee(Map<String, Object> filing) {
    return new BigDecimal(((Map<String, Object>) filing.get("fee")).get("uma").toString());
  }

  @Test
  void aClerkCannotChangeTheCatalogues() {
    Browser.logIn(browser, "capturista1", "/backoffice/catalogos.xhtml");
    assertThat(browser.findElement(By.id("mensajes")).getText())
        .contains("Su rol no permite esta operación.");
    assertThat(browser.findElement(By.id("plazos")).getText()).doesNotContain("COMPRAVENTA");
  }

  /**
   * Waits for the messages area, which Faces re-renders: Chromium may report the replaced node as
   * an unknown-node error rather than a stale element, so both are retried until the timeout.
   */
  private WebDriverWait messageWait() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  /**
   * Readiness: the administrator's catalogue page says what is missing before it is needed (here,
   * this year's official holidays, set aside for the test as the superuser) and stops saying it
   * once they are back.
   */
  @Test
  void theAdministratorIsToldWhichHolidaysAreMissing() throws Exception {
    int year = LocalDate.now(ZoneId.of("America/Cancun")).getYear();
    String missing = "Faltan los días inhábiles de " + year;
    try (HolidaysSetAside aside = HolidaysSetAside.of(year)) {
      Browser.logIn(browser, "admin1", "/backoffice/catalogos.xhtml");
      assertThat(browser.findElement(By.id("pendientes-de-cargar")).getText())
          .contains(missing, "cada acuse lo advierte");
    }
    browser.get(Deployment.BASE_URL + "/backoffice/catalogos.xhtml");
    assertThat(browser.getPageSource()).doesNotContain(missing);
  }
}
