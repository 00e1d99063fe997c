package mx.gob.qroo.rppc.web.testing;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, sized like a phone, with no traffic beyond this machine. */
public final class Browser {

  private Browser() {}

  public static WebDriver open() {
    File chromium = new File("/usr/bin/chromium");
    File driver = new File("/usr/bin/chromedriver");
    if (!chromium.canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver; ./registry test installs them");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=360,800",
        "--lang=es-MX");
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
  }

  /** Logs a demo user in through Keycloak's login page, starting from a back-office page. */
  public static void logIn(WebDriver browser, String user, String backofficePath) {
    browser.get(Deployment.BASE_URL + backofficePath);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    browser.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usuario")));
    // the login round trip does not keep the query string: open the page again with it
    if (backofficePath.contains("?")) {
      browser.get(Deployment.BASE_URL + backofficePath);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usuario")));
    }
  }
}
