package mx.gob.qroo.rppc.shared.domain;

/** One line of RFC 4180 CSV: fields quoted only when they hold a quote, comma or line break. */
public final class CsvLine {

  private CsvLine() {}

  /** The fields (null as empty) joined by commas, ending in CRLF. */
  public static String of(String... fields) {
    StringBuilder line = new StringBuilder(fields.length * 16);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String value = fields[i] == null ? "" : fields[i];
      if (value.indexOf('"') >= 0
          || value.indexOf(',') >= 0
          || value.indexOf('\r') >= 0
          || value.indexOf('\n') >= 0) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.append("\r\n").toString();
  }
}
