package mx.gob.qroo.rppc.shared.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;

/**
 * One line of RFC 4180 CSV (Commons CSV), for files people open in a spreadsheet: a field that
 * starts like a formula ({@code = + - @}, a tab or a carriage return) is prefixed with an
 * apostrophe, so text someone typed (an event's detail, a name) cannot run as one there.
 */
public final class CsvLine {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

  private CsvLine() {}

  /** The fields (null as empty) joined by commas, ending in CRLF. */
  public static String of(String... fields) {
    StringBuilder line = new StringBuilder(fields.length * 16);
    try {
      FORMAT.printRecord(line, Arrays.stream(fields).map(CsvLine::inert).toArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return line.toString();
  }

  /** The field as a spreadsheet must show it: never as a formula. */
  static String inert(String field) {
    if (field == null || field.isEmpty()) {
      return field;
    }
    return "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
  }
}
