package mx.gob.qroo.rppc.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The INEGI reference layers the repository carries in {@code gis-data/inegi}, read in place. */
public final class InegiData {

  private InegiData() {}

  /** {@code gis-data/inegi}: INEGI boundaries of Quintana Roo (see its README). */
  public static Path inegi() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolve("gis-data").resolve("inegi");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no se encontró gis-data/inegi en el repositorio (desde " + start + ")");
  }
}
