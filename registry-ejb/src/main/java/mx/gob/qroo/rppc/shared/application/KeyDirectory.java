package mx.gob.qroo.rppc.shared.application;

import java.nio.file.Path;

/**
 * Where a signing key's files live: outside the database, in the directory a system property names,
 * by default a folder of that name in WildFly's data directory.
 */
public final class KeyDirectory {

  private KeyDirectory() {}

  public static Path of(String property, String defaultFolder) {
    String configured = System.getProperty(property);
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("jboss.server.data.dir", "."), defaultFolder);
  }
}
