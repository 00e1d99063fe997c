package mx.gob.qroo.rppc.spatial.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.spatial.domain.SourceFormat;

/**
 * The drivers GDAL may use for one import: the source's own and the PostgreSQL dump it writes.
 * Every other driver this GDAL build has (VRT, which reads other sources by recipe; the network
 * services; the database clients…) goes into {@code GDAL_SKIP}, so no file, whatever it holds, is
 * opened as anything but what its bytes were found to be. The list is read once from GDAL itself.
 */
final class GdalDrivers {

  private static final String DUMP = "PGDUMP";
  private static final Pattern LISTED =
      Pattern.compile("^  (.+?) -(?:raster|vector|multidimensional|gnm)");
  private static volatile Set<String> installed;

  private GdalDrivers() {}

  /** The {@code GDAL_SKIP} value that leaves only {@code format}'s driver and the dump's. */
  static String skippedFor(SourceFormat format) {
    String kept = Ogr2ogr.driver(format).toUpperCase(Locale.ROOT);
    List<String> skipped = new ArrayList<>();
    for (String driver : installed()) {
      String name = driver.toUpperCase(Locale.ROOT);
      if (!name.equals(kept) && !name.equals(DUMP)) {
        skipped.add(driver);
      }
    }
    return String.join(",", skipped);
  }

  static Set<String> installed() {
    Set<String> known = installed;
    if (known == null) {
      known = new TreeSet<>();
      known.addAll(listed("gdalinfo"));
      known.addAll(listed("ogrinfo"));
      if (known.isEmpty()) {
        throw new IllegalStateException("GDAL no listó sus formatos (paquete Debian gdal-bin)");
      }
      installed = known;
    }
    return known;
  }

  private static Set<String> listed(String tool) {
    Set<String> names = new TreeSet<>();
    try {
      ProcessBuilder builder = new ProcessBuilder(tool, "--formats").redirectErrorStream(true);
      Map<String, String> environment = builder.environment();
      environment.clear();
      environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
      Process process = builder.start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
      for (String line : output.split("\n")) {
        Matcher m = LISTED.matcher(line);
        if (m.find()) {
          names.add(m.group(1));
        }
      }
      return names;
    } catch (IOException e) {
      throw new IllegalStateException(
          "no se pudo ejecutar " + tool + " (paquete Debian gdal-bin; ./registry up lo instala)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrumpido al listar los formatos de GDAL", e);
    }
  }
}
