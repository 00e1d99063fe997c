package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.qroo.rppc.filing.domain.FeeBracket;
import mx.gob.qroo.rppc.filing.domain.FeeKind;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.FeeSchedule;
import mx.gob.qroo.rppc.filing.domain.Uma;
import mx.gob.qroo.rppc.shared.infrastructure.CatalogueCache;

/**
 * The fee catalogue in {@code filing.fee_rule}, {@code filing.fee_bracket} and {@code
 * filing.uma_value}, read whole and kept by the {@link CatalogueCache} until a catalogue changes
 * (every reception prices its filing with it). Dates cross JDBC as ISO text: with {@code
 * hibernate.jdbc.time_zone} set to UTC and a server running in America/Cancun, a {@code
 * java.sql.Date} could shift a validity date by a day, and a fee rule's first day is exactly what
 * must not move.
 */
@ApplicationScoped
public class SqlFeeSchedule implements FeeSchedule {

  private static final String RULES =
      "select id, procedure_type, to_char(valid_from, 'YYYY-MM-DD'), kind, uma, uma_per_page"
          + " from filing.fee_rule order by procedure_type, valid_from desc";

  private static final String BRACKETS =
      "select rule_id, up_to_mxn, uma from filing.fee_bracket"
          + " order by rule_id, up_to_mxn asc nulls last";

  private static final String UMAS = "select year, daily_value_mxn from filing.uma_value";

  @Inject private CatalogueCache cache;

  protected SqlFeeSchedule() {}

  /** Outside a container (database tests). */
  public SqlFeeSchedule(CatalogueCache cache) {
    this.cache = cache;
  }

  @Override
  public Optional<FeeRule> ruleFor(String procedureTypeCode, LocalDate receptionDay) {
    return catalogue().rules().getOrDefault(procedureTypeCode, List.of()).stream()
        .filter(rule -> !rule.validFrom().isAfter(receptionDay))
        .findFirst();
  }

  @Override
  public Optional<Uma> umaFor(int year) {
    return Optional.ofNullable(catalogue().umas().get(year));
  }

  private Catalogue catalogue() {
    return cache.get("fees", Catalogue::load);
  }

  /** Every procedure type's rules, latest first, and the UMA of every year. */
  private record Catalogue(Map<String, List<FeeRule>> rules, Map<Integer, Uma> umas) {

    static Catalogue load(EntityManager em) {
      Map<Long, List<FeeBracket>> brackets = new HashMap<>();
      for (Object[] row : rows(em, BRACKETS)) {
        brackets
            .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
            .add(new FeeBracket((BigDecimal) row[1], (BigDecimal) row[2]));
      }
      Map<String, List<FeeRule>> rules = new HashMap<>();
      for (Object[] row : rows(em, RULES)) {
        long id = ((Number) row[0]).longValue();
        String type = (String) row[1];
        LocalDate validFrom = LocalDate.parse((String) row[2]);
        BigDecimal uma = (BigDecimal) row[4];
        FeeRule rule =
            switch (FeeKind.valueOf((String) row[3])) {
              case FIXED -> FeeRule.fixed(type, validFrom, uma);
              case PER_PAGE -> FeeRule.perPage(type, validFrom, uma, (BigDecimal) row[5]);
              case VALUE_BRACKET ->
                  FeeRule.valueBrackets(type, validFrom, brackets.getOrDefault(id, List.of()));
            };
        rules.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
      }
      Map<Integer, Uma> umas = new HashMap<>();
      for (Object[] row : rows(em, UMAS)) {
        int year = ((Number) row[0]).intValue();
        umas.put(year, new Uma(year, (BigDecimal) row[1]));
      }
      rules.replaceAll((type, list) -> List.copyOf(list));
      return new Catalogue(Map.copyOf(rules), Map.copyOf(umas));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
      // a catalogue read never depends on this transaction's pending changes: no auto-flush
      return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).getResultList();
    }
  }
}
