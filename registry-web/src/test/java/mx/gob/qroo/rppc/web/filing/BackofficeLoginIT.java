package mx.gob.qroo.rppc.web.filing;

import static mx.gob.qroo.rppc.web.testing.Deployment.BASE_URL;
import static mx.gob.qroo.rppc.web.testing.Deployment.KEYCLOAK_URL;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import mx.gob.qroo.rppc.web.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Staff reach the back office through Keycloak's login page; what they see follows their role. */
class BackofficeLoginIT {

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void theBackOfficeSendsAnonymousBrowsersToKeycloak() {
    String location =
        RestAssured.given()
            .redirects()
            .follow(false)
            .accept("text/html")
            .get(BASE_URL + "/backoffice/")
            .then()
            .statusCode(302)
            .extract()
            .header("Location");
    assertThat(location).startsWith(KEYCLOAK_URL + "/realms/rppc/protocol/openid-connect/auth");
  }

  @Test
  void aClerkLogsInAndSeesTheLatestFilings() {
    String entryNumber = FilingApiIT.receive(FilingApiIT.SALE_IN_CANCUN).path("entryNumber");

    logIn("capturista1");

    assertThat(browser.findElement(By.id("usuario")).getText())
        .contains("capturista1")
        .contains("capturista");
    assertThat(browser.findElement(By.id("solicitudes")).getText())
        .contains(entryNumber, "Carla Gómez Rivera");
  }

  @Test
  void aPlannerLogsInButIsToldTheRoleDoesNotAllowFilings() {
    logIn("planeador1");

    assertThat(browser.getPageSource()).contains("Su rol no permite consultar solicitudes.");
    assertThat(browser.findElements(By.id("solicitudes"))).isEmpty();
  }

  private void logIn(String user) {
    Browser.logIn(browser, user, "/backoffice/");
    assertThat(browser.getCurrentUrl()).startsWith(BASE_URL + "/backoffice/");
  }
}
