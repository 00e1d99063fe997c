package mx.gob.qroo.rppc.spatial.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * The statements of an ogr2ogr PGDump file, one by one, ready to run inside the caller's
 * transaction: its own {@code BEGIN}/{@code COMMIT} are left out, and its {@code SET} becomes
 * {@code SET LOCAL} so the pooled connection gets its settings back at the end of the transaction,
 * and once the dump is through each setting it changed goes back to its default, so that the rest
 * of the import's transaction runs under the usual rules (standard-conforming strings above all).
 * The dump quotes strings with backslash escapes ({@code standard_conforming_strings = off}), which
 * the splitter honours, so a {@code ;} inside a value never ends a statement.
 */
final class PgDumpScript {

  private static final Pattern SETTING =
      Pattern.compile("^SET LOCAL\\s+([A-Za-z_][A-Za-z0-9_.]*)", Pattern.CASE_INSENSITIVE);

  private PgDumpScript() {}

  static void forEachStatement(Path file, Consumer<String> run) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      StringBuilder statement = new StringBuilder();
      Set<String> settings = new TreeSet<>();
      boolean quoted = false;
      int c;
      while ((c = in.read()) != -1) {
        statement.append((char) c);
        if (quoted) {
          if (c == '\\') {
            int next = in.read();
            if (next != -1) {
              statement.append((char) next);
            }
          } else if (c == '\'') {
            quoted = false; // a doubled '' reopens at once on the next character
          }
        } else if (c == '\'') {
          quoted = true;
        } else if (c == ';') {
          emit(statement.toString(), run, settings);
          statement.setLength(0);
        }
      }
      if (!statement.toString().isBlank()) {
        throw new IllegalStateException("el volcado de ogr2ogr termina a mitad de una sentencia");
      }
      settings.forEach(name -> run.accept("SET LOCAL " + name + " TO DEFAULT"));
    } catch (java.nio.charset.CharacterCodingException e) {
      // ogr2ogr writes UTF-8 from sources that declare their encoding (a Shapefile's .cpg); a
      // GeoJSON must be UTF-8 (RFC 7946) and is passed through as it comes
      throw InvalidRequestException.of(
          "file",
          "el texto de la capa no está en UTF-8: guarde el archivo en UTF-8 (o declare la"
              + " codificación del Shapefile en su .cpg)");
    } catch (IOException e) {
      throw new IllegalStateException("no se pudo leer el volcado de ogr2ogr " + file, e);
    }
  }

  private static void emit(String raw, Consumer<String> run, Set<String> settings) {
    String sql = raw.strip();
    String upper = sql.toUpperCase(Locale.ROOT);
    if (upper.equals("BEGIN;") || upper.equals("COMMIT;") || upper.equals("END;")) {
      return;
    }
    if (upper.startsWith("SET ")) {
      sql = "SET LOCAL " + sql.substring(4);
      Matcher name = SETTING.matcher(sql);
      if (name.find()) {
        settings.add(name.group(1));
      }
    }
    run.accept(sql);
  }
}
