package mx.gob.qroo.rppc.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy lets no inline script run, so no page may need one: no inline
 * {@code <script>}, no {@code on…} handler, and none of the Faces and PrimeFaces tags that write
 * them ({@code f:ajax}, {@code h:commandLink}, an {@code f:param} on a button, PrimeFaces
 * components, whose widgets start from inline scripts). A page written with one fails here, before
 * a browser shows it half-working.
 */
class ScriptFreePagesTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final List<Pattern> WRITES_SCRIPT =
      List.of(
          Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>"),
          // lower case: Faces' own attributes (onPostback) are no handlers
          Pattern.compile("\\son[a-z]+\\s*=\\s*\""),
          Pattern.compile("<f:ajax\\b"),
          Pattern.compile("<h:commandLink\\b"),
          Pattern.compile("<p:[a-zA-Z]+"),
          Pattern.compile("<h:command(?:Button|Link)\\b[^>]*[^/]>\\s*<f:param\\b"),
          Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

  @Test
  void noPageNeedsAnInlineScript() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        for (Pattern pattern : WRITES_SCRIPT) {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            found.add(PAGES.relativize(page) + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    String hostile =
        "<script>x()</script><a onclick=\"x()\"/><f:ajax render=\"t\"/><p:dataTable/>"
            + "<h:commandButton id=\"b\" action=\"#{p.go}\"><f:param name=\"e\" value=\"1\"/>";
    long hits = WRITES_SCRIPT.stream().filter(p -> p.matcher(hostile).find()).count();
    assertThat(hits).isEqualTo(5);
    assertThat(WRITES_SCRIPT.get(0).matcher("<script src=\"/x.js\" defer=\"defer\">").find())
        .isFalse();
  }
}
