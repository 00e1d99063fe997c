package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A computed fee as printed on the reception receipt: the UMA owed, the pesos to pay (UMA × daily
 * value, rounded half-up to cents) and a Spanish explanation of how it was reached, so the citizen
 * can check it, e.g. {@code "2 UMA + 0.5 UMA por página × 12 páginas = 8 UMA × $113.14"}.
 */
public record Fee(BigDecimal uma, BigDecimal amountMxn, String explanation) {

  public Fee {
    Objects.requireNonNull(uma, "uma");
    Objects.requireNonNull(amountMxn, "amountMxn");
    Objects.requireNonNull(explanation, "explanation");
    if (uma.signum() < 0 || amountMxn.signum() < 0) {
      throw new IllegalArgumentException("un derecho no puede ser negativo");
    }
    if (amountMxn.scale() != 2) {
      throw new IllegalArgumentException(
          "el importe va en centavos exactos: " + amountMxn.toPlainString());
    }
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("falta la explicación del cálculo");
    }
  }
}
