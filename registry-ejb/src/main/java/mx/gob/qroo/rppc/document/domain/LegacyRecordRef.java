package mx.gob.qroo.rppc.document.domain;

import java.util.Locale;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.Office;

/**
 * Where an act lives in the paper books (antecedente registral): the office, libro, tomo and
 * partida. Book, volume and record are kept as written on the books (digits or roman numerals),
 * upper-cased and trimmed, so that "ii" and "II" are the same volume.
 */
public record LegacyRecordRef(Office office, String book, String volume, String record) {

  static final int MAX_LENGTH = 20;

  public LegacyRecordRef {
    Objects.requireNonNull(office, "office");
    book = part(book, "el libro");
    volume = part(volume, "el tomo");
    record = part(record, "la partida");
  }

  private static String part(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("falta " + what);
    }
    String clean = value.strip().toUpperCase(Locale.ROOT);
    if (clean.length() > MAX_LENGTH || !clean.matches("[0-9A-Z][0-9A-Z/-]*")) {
      throw new IllegalArgumentException(
          what + " '" + value + "' no es válido: use números o letras (hasta 20)");
    }
    return clean;
  }

  /** How an entry cites it: "Libro 3, Tomo II, Partida 145, oficina de Chetumal". */
  public String citation() {
    return "Libro "
        + book
        + ", Tomo "
        + volume
        + ", Partida "
        + record
        + ", oficina de "
        + office.displayName();
  }
}
