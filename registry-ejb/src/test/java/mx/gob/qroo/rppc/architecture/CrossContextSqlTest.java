package mx.gob.qroo.rppc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A context's SQL names another context's tables only in a read model: a class named {@code
 * *ReadModel}, one for each view that crosses contexts, or the read side of the map ({@code
 * mx.gob.qroo.rppc.maps}). Every context may read the shared kernel's schema ({@code shared}) and
 * the import staging schema ({@code gis_staging}). The string literals of the sources are read with
 * the JDK's own Java parser, so comments never count and text blocks do.
 */
class CrossContextSqlTest {

  /** Each schema and the context that owns it; {@code null} for those every context may read. */
  private static final Map<String, String> OWNER =
      Map.ofEntries(
          Map.entry("alerting", "alerting"),
          Map.entry("audit", "audit"),
          Map.entry("oversight", "audit"),
          Map.entry("cadastre", "cadastre"),
          Map.entry("certificate", "certificate"),
          Map.entry("document", "document"),
          Map.entry("filing", "filing"),
          Map.entry("folio", "folio"),
          Map.entry("planning", "planning"),
          Map.entry("spatial", "spatial"),
          Map.entry("shared", ""),
          Map.entry("gis_staging", ""));

  private static final Pattern QUALIFIED =
      Pattern.compile("\\b(" + String.join("|", OWNER.keySet()) + ")\\.([a-z_][a-z0-9_]*)\\b");

  private static final Pattern CONTEXT = Pattern.compile("mx/gob/qroo/rppc/(?:web/)?([a-z]+)/");

  /** Words after a schema's name that are not tables (package names, file names in messages). */
  private static final Pattern NOT_A_TABLE =
      Pattern.compile(
          "domain|application|infrastructure|rest|ui|verifier|readmodel|xhtml|[a-z]{2,4}");

  @Test
  void onlyReadModelsNameAnotherContextsTables() throws IOException {
    List<String> crossings = new ArrayList<>();
    for (Path sources :
        List.of(Path.of("src/main/java"), Path.of("../registry-web/src/main/java"))) {
      if (Files.isDirectory(sources)) {
        crossings.addAll(crossings(sources));
      }
    }
    assertThat(crossings)
        .as(
            "SQL that names another context's tables outside a read model (move the query to"
                + " the context that owns the table, or into a *ReadModel for that view)")
        .isEmpty();
  }

  @Test
  void aQueryOfAnotherContextsTableOutsideAReadModelIsFound() throws IOException {
    Path dir = Files.createTempDirectory("cross-sql");
    Path file = dir.resolve("mx/gob/qroo/rppc/alerting/infrastructure/Probe.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        package mx.gob.qroo.rppc.alerting.infrastructure;
        // select * from filing.filing  (a comment: not counted)
        class Probe {
          String own = "select id from alerting.subscription";
          String kernel = "select day from shared.holiday";
          String foreign = \"""
              select f.id from folio.folio f
              \""";
        }
        """);
    assertThat(crossings(dir)).containsExactly("alerting: Probe names folio.folio");
    Files.writeString(file, Files.readString(file).replace("class Probe", "class ProbeReadModel"));
    Files.move(file, file.resolveSibling("ProbeReadModel.java"));
    assertThat(crossings(dir)).isEmpty();
  }

  private static List<String> crossings(Path sources) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> found = new ArrayList<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(null, fm, null, null, null, fm.getJavaFileObjectsFromPaths(files));
      for (CompilationUnitTree unit : task.parse()) {
        String path = unit.getSourceFile().toUri().getPath();
        Matcher context = CONTEXT.matcher(path);
        String className = Path.of(path).getFileName().toString().replace(".java", "");
        if (!context.find() || isReadModel(context.group(1), className)) {
          continue;
        }
        TreeSet<String> tables = new TreeSet<>();
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitLiteral(LiteralTree literal, Void unused) {
            if (literal.getValue() instanceof String text) {
              Matcher m = QUALIFIED.matcher(text);
              while (m.find()) {
                String owner = OWNER.get(m.group(1));
                if (!owner.isEmpty()
                    && !owner.equals(context.group(1))
                    && !NOT_A_TABLE.matcher(m.group(2)).matches()) {
                  tables.add(m.group(1) + "." + m.group(2));
                }
              }
            }
            return null;
          }
        }.scan(unit, null);
        if (!tables.isEmpty()) {
          found.add(context.group(1) + ": " + className + " names " + String.join(", ", tables));
        }
      }
    }
    return found;
  }

  private static boolean isReadModel(String context, String className) {
    return context.equals("maps") || className.endsWith("ReadModel");
  }
}
