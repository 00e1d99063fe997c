package mx.gob.qroo.rppc.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Número de entrada: the gapless per-office, per-year number given at reception, which fixes legal
 * priority (prelación). Written as {@code CUN-2026-000123}.
 */
@Embeddable
public class EntryNumber implements Comparable<EntryNumber> {

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(\\d{4})-(\\d{6,})");

  @Enumerated(EnumType.STRING)
  @Column(name = "office", nullable = false, length = 3)
  private Office office;

  @Column(name = "entry_year", nullable = false)
  private int year;

  @Column(name = "entry_sequence", nullable = false)
  private long sequence;

  protected EntryNumber() {}

  public EntryNumber(Office office, int year, long sequence) {
    this.office = Objects.requireNonNull(office, "office");
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("año fuera de rango: " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("el consecutivo empieza en 1: " + sequence);
    }
    this.year = year;
    this.sequence = sequence;
  }

  public static EntryNumber parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toUpperCase());
    if (!m.matches()) {
      throw new IllegalArgumentException("número de entrada mal formado: " + text);
    }
    return new EntryNumber(
        Office.fromCode(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
  }

  public Office office() {
    return office;
  }

  public int year() {
    return year;
  }

  public long sequence() {
    return sequence;
  }

  @Override
  public int compareTo(EntryNumber other) {
    int byOffice = office.compareTo(other.office);
    if (byOffice != 0) {
      return byOffice;
    }
    int byYear = Integer.compare(year, other.year);
    return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntryNumber other
        && office == other.office
        && year == other.year
        && sequence == other.sequence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(office, year, sequence);
  }

  @Override
  public String toString() {
    return String.format("%s-%04d-%06d", office.name(), year, sequence);
  }
}
