import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's screenshots (docs/images/*.png), taken from a running instance with Debian's
 * headless Chromium, as the deployed tests drive it. Run by tools/screenshots/take.sh, which finds
 * the codes to show in the instance's database.
 *
 * <p>Arguments: base URL, output folder, tracking code, certificate code, cadastral key.
 */
public class Screenshots {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path out = Path.of(args[1]);
    Files.createDirectories(out);

    // the public pages, no login (tall enough for a procedure's steps)
    try (Session s = new Session(1280, 1200)) {
      s.open(base + "/tramite/" + args[2], By.id("historial"));
      s.save(out.resolve("tracking-page.png"));
      s.open(base + "/verificar/" + args[3], By.id("certificado"));
      s.save(out.resolve("certificate-verification.png"));
    }
    // a registrar's work queue of Cancún
    try (Session s = new Session()) {
      s.logIn(base, "registrador1", "/backoffice/bandeja.xhtml?oficina=CUN");
      s.open(base + "/backoffice/bandeja.xhtml?oficina=CUN", By.id("pendientes"));
      s.save(out.resolve("work-queue.png"));
    }
    // the planners' map on a parcel of the Cancún sample, with its zoning card; a narrower window
    // keeps the layer control folded, and a step out from the parcel shows its blocks and zones
    try (Session s = new Session(1100, 1000)) {
      s.logIn(base, "planeador1", "/mapa/");
      s.open(base + "/mapa/?q=" + args[4], By.cssSelector("#tarjeta h3"));
      Thread.sleep(2000);
      for (int i = 0; i < 1; i++) {
        // the layer control, unfolded, covers the button: press it as a script would
        ((JavascriptExecutor) s.browser)
            .executeScript(
                "arguments[0].click()",
                s.browser.findElement(By.cssSelector(".leaflet-control-zoom-out")));
        Thread.sleep(1500);
      }
      Thread.sleep(4000); // the vector layers of the new view
      s.save(out.resolve("planners-map.png"));
    }
  }

  /** One headless Chromium (1280 × 900 unless told), Spanish, no traffic beyond this machine. */
  static final class Session implements AutoCloseable {
    final WebDriver browser;
    final WebDriverWait wait;

    Session() {
      this(1280, 900);
    }

    Session(int width, int height) {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(new File("/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--hide-scrollbars",
          "--window-size=" + width + "," + height,
          "--lang=es-MX");
      browser =
          new ChromeDriver(
              new ChromeDriverService.Builder()
                  .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                  .build(),
              options);
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void logIn(String base, String user, String path) {
      browser.get(base + path);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
      browser.findElement(By.id("password")).sendKeys(user);
      browser.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usuario")));
    }

    void open(String url, By ready) {
      browser.get(url);
      wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
    }

    void save(Path file) throws Exception {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    @Override
    public void close() {
      browser.quit();
    }
  }
}
