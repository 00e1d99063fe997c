package mx.gob.qroo.rppc.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone needs nothing beside it: no tracked file of the repository (build, launcher, tests, bench
 * scripts, docs) names the folder that some machines keep next to the checkout. The names looked
 * for are assembled at run time, so this file does not contain them and needs no exception.
 */
class SelfContainedRepositoryTest {

  /** How a file would name the sibling folder: relative to the checkout, absolute, or in code. */
  private static final List<String> OUTSIDE_NAMES =
      List.of(
          String.join("/", "..", "shared"),
          String.join("/", "", "work", "shared"),
          "resolveSibling(\"" + "shared" + "\")");

  /** Folders that hold what builds and runs make, never sources; skipped when git is absent. */
  private static final Set<String> GENERATED = Set.of(".git", "target", ".work", "node_modules");

  @Test
  void noTrackedFileNamesAFolderBesideTheRepository() throws IOException {
    Path root = repositoryRoot();
    List<Path> files = trackedFiles(root).orElseGet(() -> walk(root));

    assertThat(files).as("files of the repository at %s", root).isNotEmpty();
    assertThat(referencesOutside(root, files))
        .as("tracked files that name a folder outside the repository (move what they need into it)")
        .isEmpty();
  }

  @Test
  void aFileNamingTheSiblingFolderIsReportedWithItsLine(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("bench"));
    Files.writeString(
        root.resolve("bench/load.sh"), "ok\ndata=$ROOT/" + OUTSIDE_NAMES.get(0) + "/x\n");
    Files.writeString(root.resolve("notes.md"), "read " + OUTSIDE_NAMES.get(1) + "/design\n");
    Files.writeString(root.resolve("Clean.java"), "Path.of(\"gis-data\", \"inegi\");\n");
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/copy.sh"), OUTSIDE_NAMES.get(0));

    assertThat(referencesOutside(root, walk(root)))
        .containsExactlyInAnyOrder(
            "bench/load.sh:2: data=$ROOT/" + OUTSIDE_NAMES.get(0) + "/x",
            "notes.md:1: read " + OUTSIDE_NAMES.get(1) + "/design");
  }

  /** Each mention as {@code path:line: text}, in the order of the files given. */
  static List<String> referencesOutside(Path root, List<Path> files) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      Path absolute = root.resolve(file);
      if (!Files.isRegularFile(absolute)) {
        continue; // tracked but deleted in the working tree
      }
      // ISO-8859-1 decodes any bytes: binary files (GeoPackage, zip) are searched too
      String[] lines = new String(Files.readAllBytes(absolute), ISO_8859_1).split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String name : OUTSIDE_NAMES) {
          if (lines[i].contains(name)) {
            found.add(file.toString().replace('\\', '/') + ":" + (i + 1) + ": " + lines[i].strip());
            break;
          }
        }
      }
    }
    return found;
  }

  /** The checkout's top folder: the first one up from the module that holds the launcher. */
  private static Path repositoryRoot() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("registry")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no se encontró la raíz del repositorio desde " + start);
  }

  /** {@code git ls-files}, or empty when git is missing or the folder is not a git checkout. */
  private static Optional<List<Path>> trackedFiles(Path root) {
    try {
      Process git =
          new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      git.getOutputStream().close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = git.getInputStream()) {
        in.transferTo(out);
      }
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        git.destroy();
        return Optional.empty();
      }
      List<Path> files = new ArrayList<>();
      for (String name : out.toString(UTF_8).split("\0")) {
        if (!name.isEmpty()) {
          files.add(Path.of(name));
        }
      }
      return files.isEmpty() ? Optional.empty() : Optional.of(files);
    } catch (IOException e) {
      return Optional.empty(); // no git on this machine: walk the tree instead
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Every file under {@code root}, relative to it, but for build and run outputs. */
  private static List<Path> walk(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && GENERATED.contains(dir.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                files.add(root.relativize(file));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }
}
