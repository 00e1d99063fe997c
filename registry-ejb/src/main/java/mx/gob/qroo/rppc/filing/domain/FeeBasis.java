package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;

/**
 * What a fee may depend on, as declared at reception: the number of pages of the document and the
 * value of the act in pesos ({@code null} when the act has none, e.g. a power of attorney).
 */
public record FeeBasis(int pages, BigDecimal actValueMxn) {

  public FeeBasis {
    if (pages < 0) {
      throw new IllegalArgumentException("el número de páginas no puede ser negativo: " + pages);
    }
    if (actValueMxn != null && actValueMxn.signum() < 0) {
      throw new IllegalArgumentException(
          "el valor del acto no puede ser negativo: " + actValueMxn.toPlainString());
    }
  }

  public static FeeBasis pagesOnly(int pages) {
    return new FeeBasis(pages, null);
  }
}
