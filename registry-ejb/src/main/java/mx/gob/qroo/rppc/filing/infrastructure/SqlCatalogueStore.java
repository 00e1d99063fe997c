package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore;
import mx.gob.qroo.rppc.filing.domain.FeeKind;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.Uma;

/** The catalogues as plain rows, read and written with native SQL. */
@ApplicationScoped
public class SqlCatalogueStore implements CatalogueStore {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  @Override
  public List<Term> terms() {
    return rows("select code, name, term_business_days from filing.procedure_type order by name")
        .stream()
        .map(r -> new Term((String) r[0], (String) r[1], ((Number) r[2]).intValue()))
        .toList();
  }

  @Override
  public void setTerm(String procedureType, int businessDays) {
    em.createNativeQuery("update filing.procedure_type set term_business_days = ?2 where code = ?1")
        .setParameter(1, procedureType)
        .setParameter(2, businessDays)
        .executeUpdate();
  }

  @Override
  public List<UmaValue> umaValues() {
    return rows("select year, daily_value_mxn from filing.uma_value order by year desc").stream()
        .map(r -> new UmaValue(((Number) r[0]).intValue(), (BigDecimal) r[1]))
        .toList();
  }

  @Override
  public void setUma(Uma uma) {
    em.createNativeQuery(
            "insert into filing.uma_value (year, daily_value_mxn) values (?1, ?2)"
                + " on conflict (year) do update set daily_value_mxn = excluded.daily_value_mxn")
        .setParameter(1, uma.year())
        .setParameter(2, uma.dailyValue().amount())
        .executeUpdate();
  }

  @Override
  public List<Holiday> holidays(int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select to_char(day, 'YYYY-MM-DD'), name, scope from shared.holiday"
                    + " where extract(year from day) = ?1 order by day")
            .setParameter(1, year)
            .getResultList();
    return rows.stream()
        .map(r -> new Holiday(LocalDate.parse((String) r[0]), (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  public void addHoliday(Holiday holiday) {
    em.createNativeQuery(
            "insert into shared.holiday (day, name, scope) values (cast(?1 as date), ?2, ?3)"
                + " on conflict (day) do update set name = excluded.name, scope = excluded.scope")
        .setParameter(1, holiday.day().toString())
        .setParameter(2, holiday.name())
        .setParameter(3, holiday.scope())
        .executeUpdate();
  }

  @Override
  public boolean removeHoliday(LocalDate day) {
    return em.createNativeQuery("delete from shared.holiday where day = cast(?1 as date)")
            .setParameter(1, day.toString())
            .executeUpdate()
        > 0;
  }

  @Override
  public List<FeeRuleRow> feeRules() {
    return rows(
            "select procedure_type, to_char(valid_from, 'YYYY-MM-DD'), kind, uma, uma_per_page"
                + " from filing.fee_rule order by procedure_type, valid_from desc")
        .stream()
        .map(
            r ->
                new FeeRuleRow(
                    (String) r[0],
                    LocalDate.parse((String) r[1]),
                    (String) r[2],
                    (BigDecimal) r[3],
                    (BigDecimal) r[4]))
        .toList();
  }

  @Override
  public void addFeeRule(FeeRule rule) {
    if (rule.kind() == FeeKind.VALUE_BRACKET) {
      throw new IllegalArgumentException("las cuotas por rango de valor se cargan por migración");
    }
    em.createNativeQuery(
            "insert into filing.fee_rule (procedure_type, valid_from, kind, uma, uma_per_page)"
                + " values (?1, cast(?2 as date), ?3, ?4, ?5)"
                + " on conflict (procedure_type, valid_from) do nothing")
        .setParameter(1, rule.procedureType())
        .setParameter(2, rule.validFrom().toString())
        .setParameter(3, rule.kind().name())
        .setParameter(4, rule.uma())
        .setParameter(5, rule.umaPerPage())
        .executeUpdate();
  }

  @Override
  public boolean procedureTypeExists(String code) {
    return !em.createNativeQuery("select 1 from filing.procedure_type where code = ?1")
        .setParameter(1, code)
        .getResultList()
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
