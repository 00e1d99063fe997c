package mx.gob.qroo.rppc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the application's sources says in its {@code package-info.java} what it holds,
 * in a Javadoc comment of its own (a newcomer reads the packages before the classes).
 */
class PackageInfoTest {

  private static final Pattern JAVADOC =
      Pattern.compile("/\\*\\*\\s*\\S.*?\\*/\\s*package ", Pattern.DOTALL);

  @Test
  void everyPackageSaysWhatItHolds() throws IOException {
    List<String> unexplained = new ArrayList<>();
    for (Path sources :
        List.of(Path.of("src/main/java"), Path.of("../registry-web/src/main/java"))) {
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> dirs = Files.walk(sources)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          if (holdsClasses(dir) && !explained(dir.resolve("package-info.java"))) {
            unexplained.add(sources.relativize(dir).toString().replace('/', '.'));
          }
        }
      }
    }
    assertThat(unexplained).as("packages without a package-info.java Javadoc").isEmpty();
  }

  private static boolean holdsClasses(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(
          f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    }
  }

  private static boolean explained(Path packageInfo) throws IOException {
    return Files.isRegularFile(packageInfo)
        && JAVADOC.matcher(Files.readString(packageInfo)).find();
  }
}
