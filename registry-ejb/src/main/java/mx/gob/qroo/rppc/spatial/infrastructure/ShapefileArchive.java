package mx.gob.qroo.rppc.spatial.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import mx.gob.qroo.rppc.shared.domain.Excerpt;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * A zipped Shapefile, unpacked by the registry rather than read by GDAL through {@code /vsizip/}:
 * only members named {@code <name>.shp|.shx|.dbf|.prj|.cpg} (in any folder of the archive) are
 * taken, each written flat into a private folder under a name checked here, with a bound on the
 * bytes actually inflated; anything else in the archive (a VRT, a link, a path that climbs out)
 * refuses the whole file.
 */
final class ShapefileArchive {

  static final Set<String> MEMBERS = Set.of("shp", "shx", "dbf", "prj", "cpg");

  /** More than any municipality's parcels; a zip bomb stops here, whatever its headers claim. */
  static final long MAX_INFLATED_BYTES = 2L * 1024 * 1024 * 1024;

  private static final int MAX_ENTRIES = 100;
  private static final Pattern NAME = Pattern.compile("[\\p{L}0-9_][\\p{L}0-9_ .-]{0,127}");

  private ShapefileArchive() {}

  /** Unpacks the archive into {@code folder} and returns the {@code .shp} to open. */
  static Path unpack(Path zipFile, Path folder, String sourceLayer) {
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      Files.createDirectories(folder);
      if (zip.size() > MAX_ENTRIES) {
        throw LayerSource.refused("es un .zip de " + zip.size() + " miembros");
      }
      Set<String> layers = new TreeSet<>();
      long budget = MAX_INFLATED_BYTES;
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.isDirectory()) {
          continue;
        }
        String member = memberName(entry.getName());
        Path target = folder.resolve(member);
        if (Files.exists(target)) {
          throw LayerSource.refused("repite el miembro " + Excerpt.of(member) + " en el .zip");
        }
        try (InputStream in = zip.getInputStream(entry);
            OutputStream out = Files.newOutputStream(target)) {
          budget -= copyAtMost(in, out, budget);
        }
        if (member.toLowerCase(Locale.ROOT).endsWith(".shp")) {
          layers.add(member.substring(0, member.length() - 4));
        }
      }
      return folder.resolve(chosen(layers, sourceLayer) + ".shp");
    } catch (ZipException e) {
      throw LayerSource.refused("es un .zip dañado");
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo desempacar el Shapefile", e);
    }
  }

  /** The member's own name (its last path segment), if it is one a Shapefile is made of. */
  private static String memberName(String entryName) {
    String normalized = entryName.replace('\\', '/');
    String name = normalized.substring(normalized.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (normalized.contains("../")
        || normalized.startsWith("/")
        || !NAME.matcher(name).matches()
        || !MEMBERS.contains(extension)) {
      throw LayerSource.refused(
          "es un .zip con un miembro que no es de Shapefile: " + Excerpt.of(entryName));
    }
    return name;
  }

  private static String chosen(Set<String> layers, String sourceLayer) {
    if (layers.isEmpty()) {
      throw LayerSource.refused("es un .zip sin ningún .shp");
    }
    if (sourceLayer != null) {
      if (!layers.contains(sourceLayer)) {
        throw InvalidRequestException.of(
            "sourceLayer",
            "el .zip no tiene la capa " + Excerpt.of(sourceLayer) + "; tiene " + quoted(layers));
      }
      return sourceLayer;
    }
    if (layers.size() > 1) {
      throw InvalidRequestException.of(
          "sourceLayer",
          "el .zip tiene varias capas "
              + quoted(layers)
              + ": indique una con el parámetro sourceLayer");
    }
    return layers.iterator().next();
  }

  private static String quoted(Set<String> layers) {
    return String.join(", ", layers.stream().limit(10).map(Excerpt::of).toList());
  }

  private static long copyAtMost(InputStream in, OutputStream out, long budget) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      copied += n;
      if (copied > budget) {
        throw LayerSource.refused(
            "se expande a más de " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB al descomprimirse");
      }
      out.write(buffer, 0, n);
    }
    return copied;
  }
}
