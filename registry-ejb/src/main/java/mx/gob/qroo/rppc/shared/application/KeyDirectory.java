package mx.gob.qroo.rppc.shared.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Where a signing key's files live: outside the database, in the directory a system property names,
 * by default a folder of that name in WildFly's data directory. The directory is {@code 0700} and a
 * private key {@code 0600}, readable by the server's own user alone: looser permissions found at
 * start are tightened, and said so in the log.
 */
public final class KeyDirectory {

  private static final Logger LOG = Logger.getLogger(KeyDirectory.class.getName());
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final Path dir;

  private KeyDirectory(Path dir) {
    this.dir = dir;
  }

  public static KeyDirectory of(String property, String defaultFolder) {
    String configured = System.getProperty(property);
    return new KeyDirectory(
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("jboss.server.data.dir", "."), defaultFolder));
  }

  public Path path() {
    return dir;
  }

  public Path resolve(String file) {
    return dir.resolve(file);
  }

  /** Creates the directory, owner-only, when it is missing; tightens it when it is looser. */
  public void secure() throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    restrict(dir, OWNER_ONLY_DIRECTORY);
  }

  /** Writes a private key's bytes into {@code file}, owner-only from its first byte. */
  public void writePrivate(String file, byte[] bytes) throws IOException {
    secure();
    Path temporary = Files.createTempFile(dir, file, ".tmp");
    Files.setPosixFilePermissions(temporary, OWNER_ONLY_FILE);
    Files.write(temporary, bytes);
    Files.move(temporary, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads a private key's bytes, tightening the file (and its directory) first when needed. */
  public byte[] readPrivate(String file) throws IOException {
    secure();
    Path path = dir.resolve(file);
    restrict(path, OWNER_ONLY_FILE);
    return Files.readAllBytes(path);
  }

  private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
    Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
    if (!wanted.containsAll(current)) {
      LOG.warning(
          () ->
              path
                  + " tenía permisos "
                  + PosixFilePermissions.toString(current)
                  + "; se dejan en "
                  + PosixFilePermissions.toString(wanted)
                  + " (solo el usuario del servidor)");
      Files.setPosixFilePermissions(path, wanted);
    }
  }
}
