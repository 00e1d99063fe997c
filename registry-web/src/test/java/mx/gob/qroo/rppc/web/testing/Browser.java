package mx.gob.qroo.rppc.web.testing;

import java.io.File;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
