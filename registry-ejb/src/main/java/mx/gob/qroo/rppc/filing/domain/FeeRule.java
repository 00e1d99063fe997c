package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.Pesos;

/**
 * How much a procedure type costs, in UMA, for filings received from {@code validFrom} on. A new
 * catalogue entry never rewrites an older one: it gets a later {@code validFrom}, so filings
 * received before it keep the fee they were told at the counter.
 */
public final class FeeRule {

  /** UMA amounts are kept to 4 decimals, as in the Ley de Derechos tables and the database. */
  static final int UMA_SCALE = 4;

  private final String procedureType;
  private final LocalDate validFrom;
  private final FeeKind kind;
  private final BigDecimal uma;
  private final BigDecimal umaPerPage;
  private final List<FeeBracket> brackets;

  private FeeRule(
      String procedureType,
      LocalDate validFrom,
      FeeKind kind,
      BigDecimal uma,
      BigDecimal umaPerPage,
      List<FeeBracket> brackets) {
    if (procedureType == null || procedureType.isBlank()) {
      throw new IllegalArgumentException("falta el tipo de trámite de la regla de derechos");
    }
    this.procedureType = procedureType;
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    this.kind = kind;
    this.uma = uma;
    this.umaPerPage = umaPerPage;
    this.brackets = brackets;
  }

  public static FeeRule fixed(String procedureType, LocalDate validFrom, BigDecimal uma) {
    return new FeeRule(
        procedureType, validFrom, FeeKind.FIXED, umaAmount(uma, "uma"), null, List.of());
  }

  public static FeeRule perPage(
      String procedureType, LocalDate validFrom, BigDecimal baseUma, BigDecimal umaPerPage) {
    return new FeeRule(
        procedureType,
        validFrom,
        FeeKind.PER_PAGE,
        umaAmount(baseUma, "baseUma"),
        umaAmount(umaPerPage, "umaPerPage"),
        List.of());
  }

  /**
   * Brackets in ascending order of their limit; only the last one, and always the last one, is
   * open-ended, so every act value falls in exactly one bracket.
   */
  public static FeeRule valueBrackets(
      String procedureType, LocalDate validFrom, List<FeeBracket> brackets) {
    List<FeeBracket> ordered = List.copyOf(Objects.requireNonNull(brackets, "brackets"));
    if (ordered.isEmpty()) {
      throw new IllegalArgumentException("una regla por valor necesita al menos un rango");
    }
    BigDecimal previous = null;
    for (int i = 0; i < ordered.size(); i++) {
      FeeBracket bracket = ordered.get(i);
      boolean last = i == ordered.size() - 1;
      if (last != bracket.isOpenEnded()) {
        throw new IllegalArgumentException(
            "solo el último rango, y siempre el último, va sin límite superior");
      }
      if (!last) {
        if (previous != null && bracket.upToMxn().compareTo(previous) <= 0) {
          throw new IllegalArgumentException(
              "los límites de los rangos deben ir en orden ascendente: "
                  + money(previous)
                  + " y luego "
                  + money(bracket.upToMxn()));
        }
        previous = bracket.upToMxn();
      }
    }
    return new FeeRule(procedureType, validFrom, FeeKind.VALUE_BRACKET, null, null, ordered);
  }

  /**
   * The fee for one filing with the UMA in force at its reception. The peso amount is rounded once,
   * on the total ({@link Uma#times}), so it matches UMA × daily value as anyone would check it on
   * the receipt.
   *
   * @throws IllegalArgumentException when the rule goes by value and the basis has none
   */
  public Fee compute(FeeBasis basis, Uma uma) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(uma, "uma");
    BigDecimal total;
    String how;
    switch (kind) {
      case FIXED -> {
        total = this.uma;
        how = umaText(total);
      }
      case PER_PAGE -> {
        total = normalized(this.uma.add(umaPerPage.multiply(BigDecimal.valueOf(basis.pages()))));
        how =
            umaText(this.uma)
                + " + "
                + umaText(umaPerPage)
                + " por página × "
                + basis.pages()
                + (basis.pages() == 1 ? " página" : " páginas")
                + " = "
                + umaText(total);
      }
      case VALUE_BRACKET -> {
        if (basis.actValueMxn() == null) {
          throw new IllegalArgumentException("este trámite requiere el valor del acto");
        }
        BigDecimal value = basis.actValueMxn();
        BigDecimal lowerLimit = null;
        FeeBracket applies = null;
        for (FeeBracket bracket : brackets) {
          if (bracket.covers(value)) {
            applies = bracket;
            break;
          }
          lowerLimit = bracket.upToMxn();
        }
        // The last bracket is open-ended (checked on creation), so one always applies.
        total = Objects.requireNonNull(applies).uma();
        String range =
            applies.isOpenEnded()
                ? (lowerLimit == null ? "" : ", más de " + money(lowerLimit))
                : ", hasta " + money(applies.upToMxn());
        how = umaText(total) + " (valor del acto " + money(value) + range + ")";
      }
      default -> throw new IllegalStateException("tipo de regla desconocido: " + kind);
    }
    return new Fee(total, uma.times(total), how + " × " + uma.dailyValue());
  }

  public String procedureType() {
    return procedureType;
  }

  /** First reception day (America/Cancun) the rule applies to. */
  public LocalDate validFrom() {
    return validFrom;
  }

  public FeeKind kind() {
    return kind;
  }

  /** The fixed amount for FIXED, the base for PER_PAGE; {@code null} for VALUE_BRACKET. */
  public BigDecimal uma() {
    return uma;
  }

  /** UMA per page for PER_PAGE; {@code null} otherwise. */
  public BigDecimal umaPerPage() {
    return umaPerPage;
  }

  /** The brackets of a VALUE_BRACKET rule in ascending order; empty otherwise. */
  public List<FeeBracket> brackets() {
    return brackets;
  }

  /** Validates a UMA amount and drops trailing zeros, so 20.0000 from the database reads "20". */
  static BigDecimal umaAmount(BigDecimal amount, String what) {
    Objects.requireNonNull(amount, what);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          "una cantidad de UMA no puede ser negativa: " + amount.toPlainString());
    }
    BigDecimal normalized = normalized(amount);
    if (normalized.scale() > UMA_SCALE) {
      throw new IllegalArgumentException(
          "las UMA se expresan con a lo más "
              + UMA_SCALE
              + " decimales: "
              + amount.toPlainString());
    }
    return normalized;
  }

  private static BigDecimal normalized(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String umaText(BigDecimal amount) {
    return amount.toPlainString() + " UMA";
  }

  /** Pesos as written in Mexico: $1,250,000.00. */
  private static String money(BigDecimal mxn) {
    return Pesos.roundedToCents(mxn).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeeRule other
        && procedureType.equals(other.procedureType)
        && validFrom.equals(other.validFrom)
        && kind == other.kind
        && Objects.equals(uma, other.uma)
        && Objects.equals(umaPerPage, other.umaPerPage)
        && brackets.equals(other.brackets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(procedureType, validFrom, kind, uma, umaPerPage, brackets);
  }

  @Override
  public String toString() {
    return "FeeRule["
        + procedureType
        + " desde "
        + validFrom
        + ", "
        + kind
        + (uma == null ? "" : ", uma=" + uma.toPlainString())
        + (umaPerPage == null ? "" : ", umaPorPagina=" + umaPerPage.toPlainString())
        + (brackets.isEmpty() ? "" : ", rangos=" + brackets)
        + "]";
  }
}
