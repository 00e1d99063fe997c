package mx.gob.qroo.rppc.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures beside the checkout ({@code ../shared}), read in place, never copied. */
public final class SharedData {

  private SharedData() {}

  /** {@code ../shared/data/inegi}: INEGI boundaries of Quintana Roo (see its README). */
  public static Path inegi() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("data").resolve("inegi");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no se encontró ../shared/data/inegi junto al repositorio (desde " + start + ")");
  }
}
