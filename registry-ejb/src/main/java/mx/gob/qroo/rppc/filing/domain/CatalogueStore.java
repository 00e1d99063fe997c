package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogues the administrator maintains: legal terms per procedure type, UMA values, fee rules
 * and official holidays. Changes apply to filings received afterwards, because each filing keeps
 * the term and fee fixed at its reception.
 */
public interface CatalogueStore {

  record Term(String procedureType, String name, int businessDays) {}

  record UmaValue(int year, BigDecimal dailyValueMxn) {}

  record Holiday(LocalDate day, String name, String scope) {}

  record FeeRuleRow(
      String procedureType,
      LocalDate validFrom,
      String kind,
      BigDecimal uma,
      BigDecimal umaPerPage) {}

  List<Term> terms();

  void setTerm(String procedureType, int businessDays);

  List<UmaValue> umaValues();

  void setUma(Uma uma);

  List<Holiday> holidays(int year);

  void addHoliday(Holiday holiday);

  boolean removeHoliday(LocalDate day);

  List<FeeRuleRow> feeRules();

  /** A fixed or per-page rule from a day on (value brackets are loaded by migration). */
  void addFeeRule(FeeRule rule);

  boolean procedureTypeExists(String code);
}
