package mx.gob.qroo.rppc.folio.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.Office;

/** A folio's number: office, kind and a per-office sequence, as {@code CUN-FR-000123}. */
public final class FolioNumber {

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(FR|FM)-(\\d{6,})");

  private final Office office;
  private final FolioKind kind;
  private final long sequence;

  public FolioNumber(Office office, FolioKind kind, long sequence) {
    this.office = Objects.requireNonNull(office);
    this.kind = Objects.requireNonNull(kind);
    if (sequence < 1) {
      throw new IllegalArgumentException("el consecutivo del folio empieza en 1");
    }
    this.sequence = sequence;
  }

  public static FolioNumber parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toUpperCase());
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

  public Office office() {
    return office;
  }

  public FolioKind kind() {
    return kind;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FolioNumber other
        && office == other.office
        && kind == other.kind
        && sequence == other.sequence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(office, kind, sequence);
  }

  @Override
  public String toString() {
    return String.format("%s-%s-%06d", office.name(), kind.numberTag(), sequence);
  }
}
