package mx.gob.qroo.rppc.web.testing;

import java.nio.file.Path;

/**
 * The instance under test on this machine: its name (test, or dev when the tests are pointed at
 * ./registry up) and its work folder ({@code REGISTRY_WORK_DIR}, which ./registry exports).
 */
public final class Instance {

  /** The repository's root: tests run in registry-web. */
  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Instance() {}

  public static String name() {
    String instance = System.getenv("REGISTRY_INSTANCE");
    return instance == null || instance.isBlank() ? "test" : instance;
  }

  public static Path workDir() {
    String work = System.getenv("REGISTRY_WORK_DIR");
    return work == null || work.isBlank() ? ROOT.resolve(".work/" + name()) : Path.of(work);
  }
}
