package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.filing.domain.FeeBracket;
import mx.gob.qroo.rppc.filing.domain.FeeKind;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.FeeSchedule;
import mx.gob.qroo.rppc.filing.domain.Uma;

/**
 * The fee catalogue in {@code filing.fee_rule}, {@code filing.fee_bracket} and {@code
 * filing.uma_value}. Dates cross JDBC as ISO text: with {@code hibernate.jdbc.time_zone} set to UTC
 * and a server running in America/Cancun, a {@code java.sql.Date} could shift a validity date by a
 * day, and a fee rule's first day is exactly what must not move.
 */
@ApplicationScoped
public class SqlFeeSchedule implements FeeSchedule {

  private static final String RULE_IN_FORCE =
      "select id, to_char(valid_from, 'YYYY-MM-DD'), kind, uma, uma_per_page"
          + " from filing.fee_rule"
          + " where procedure_type = ?1 and valid_from <= cast(?2 as date)"
          + " order by valid_from desc limit 1";

  private static final String BRACKETS =
      "select up_to_mxn, uma from filing.fee_bracket where rule_id = ?1"
          + " order by up_to_mxn asc nulls last";

  private static final String UMA = "select daily_value_mxn from filing.uma_value where year = ?1";

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected SqlFeeSchedule() {}

  public SqlFeeSchedule(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<FeeRule> ruleFor(String procedureTypeCode, LocalDate receptionDay) {
    List<?> rows =
        em.createNativeQuery(RULE_IN_FORCE)
            .setParameter(1, procedureTypeCode)
            .setParameter(2, receptionDay.toString())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    long id = ((Number) row[0]).longValue();
    LocalDate validFrom = LocalDate.parse((String) row[1]);
    FeeKind kind = FeeKind.valueOf((String) row[2]);
    BigDecimal uma = (BigDecimal) row[3];
    BigDecimal umaPerPage = (BigDecimal) row[4];
    return Optional.of(
        switch (kind) {
          case FIXED -> FeeRule.fixed(procedureTypeCode, validFrom, uma);
          case PER_PAGE -> FeeRule.perPage(procedureTypeCode, validFrom, uma, umaPerPage);
          case VALUE_BRACKET -> FeeRule.valueBrackets(procedureTypeCode, validFrom, brackets(id));
        });
  }

  private List<FeeBracket> brackets(long ruleId) {
    List<?> rows = em.createNativeQuery(BRACKETS).setParameter(1, ruleId).getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new FeeBracket((BigDecimal) r[0], (BigDecimal) r[1]))
        .toList();
  }

  @Override
  public Optional<Uma> umaFor(int year) {
    List<?> rows = em.createNativeQuery(UMA).setParameter(1, year).getResultList();
    return rows.stream().findFirst().map(value -> new Uma(year, (BigDecimal) value));
  }
}
