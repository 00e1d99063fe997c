package mx.gob.qroo.rppc.folio.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.Office;

/** A folio's number: office, kind and a per-office sequence, as {@code CUN-FR-000123}. */
public record FolioNumber(Office office, FolioKind kind, long sequence) {

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(FR|FM)-(\\d{6,})");

  public FolioNumber {
    Objects.requireNonNull(office);
    Objects.requireNonNull(kind);
    if (sequence < 1) {
      throw new IllegalArgumentException("el consecutivo del folio empieza en 1");
    }
  }

  public static FolioNumber parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("número de folio mal formado: " + text);
    }
    FolioKind kind =
        Arrays.stream(FolioKind.values())
            .filter(k -> k.numberTag().equals(m.group(2)))
            .findFirst()
            .orElseThrow();
    return new FolioNumber(Office.fromCode(m.group(1)), kind, Long.parseLong(m.group(3)));
  }

  @Override
  public String toString() {
    // by hand, not String.format: Hibernate writes and re-reads the number on every load
    String digits = Long.toString(sequence);
    String padding = "000000".substring(Math.min(6, digits.length()));
    return office.name() + "-" + kind.numberTag() + "-" + padding + digits;
  }
}
