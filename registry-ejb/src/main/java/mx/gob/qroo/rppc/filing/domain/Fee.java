package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.Pesos;

/**
 * A computed fee as printed on the reception receipt: the UMA owed, the pesos to pay (UMA × daily
 * value, rounded by {@link Pesos}'s rule) and a Spanish explanation of how it was reached, so the
 * citizen can check it, e.g. {@code "2 UMA + 0.5 UMA por página × 12 páginas = 8 UMA × $113.14"}.
 */
public record Fee(BigDecimal uma, Pesos pesos, String explanation) {

  public Fee {
    Objects.requireNonNull(uma, "uma");
    Objects.requireNonNull(pesos, "pesos");
    Objects.requireNonNull(explanation, "explanation");
    if (uma.signum() < 0 || pesos.signum() < 0) {
      throw new IllegalArgumentException("un derecho no puede ser negativo");
    }
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("falta la explicación del cálculo");
    }
  }

  /** A fee as stored: its pesos in exact cents. */
  public Fee(BigDecimal uma, BigDecimal amountMxn, String explanation) {
    this(uma, new Pesos(Objects.requireNonNull(amountMxn, "amountMxn")), explanation);
  }

  /** The pesos to pay, in cents (scale 2). */
  public BigDecimal amountMxn() {
    return pesos.amount();
  }

  /** The same fee with a note added to its explanation. */
  public Fee explainedFurther(String note) {
    return new Fee(uma, pesos, explanation + note);
  }
}
