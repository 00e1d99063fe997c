package mx.gob.qroo.rppc.document.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.document.domain.ManifestLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * A batch's {@code manifest.csv}: RFC 4180 CSV in UTF-8, a header naming the columns (in any order,
 * any case), one line per page.
 */
public final class ManifestFormat {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .get();

  private ManifestFormat() {}

  public static CSVParser parse(Reader manifest) {
    try {
      return CSVParser.builder().setReader(manifest).setFormat(FORMAT).get();
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo leer el manifiesto", e);
    }
  }

  /** The required columns the header lacks (empty when it has them all). */
  public static List<String> missingColumns(CSVParser parser) {
    List<String> header =
        parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    List<String> missing = new ArrayList<>();
    for (String column : ManifestLine.REQUIRED) {
      if (!header.contains(column)) {
        missing.add(column);
      }
    }
    return missing;
  }
}
