package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.CatalogueAdministration;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.FeeRuleRow;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.Holiday;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.Term;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.UmaValue;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * Catálogos: terms, UMA values, fee rules and holidays, for the administrator. View scoped, so a
 * row's button acts on the row the administrator saw; loaded before rendering, so a refusal shows.
 */
@Named
@ViewScoped
public class CataloguesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueAdministration administration;

  private String termType;
  private Integer termDays;
  private Integer umaYear;
  private BigDecimal umaValue;
  private String holidayDay;
  private String holidayName;
  private String holidayScope = "STATE";
  private String feeType;
  private String feeFrom;
  private BigDecimal feeUma;
  private BigDecimal feeUmaPerPage;
  private int year = LocalDate.now(mx.gob.qroo.rppc.shared.domain.RegistryTime.ZONE).getYear();

  public void saveTerm() {
    done(
        Messages.attempt(
            () -> run(() -> administration.setTerm(termType, termDays == null ? 0 : termDays))),
        "Plazo actualizado; rige para solicitudes que se reciban desde ahora.");
  }

  public void saveUma() {
    done(
        Messages.attempt(() -> run(() -> administration.setUma(umaYear, umaValue))),
        "Valor de la UMA guardado.");
  }

  public void addHoliday() {
    done(
        Messages.attempt(
            () ->
                run(
                    () ->
                        administration.addHoliday(
                            date("day", holidayDay), holidayName, holidayScope))),
        "Día inhábil agregado.");
  }

  public void removeHoliday(String day) {
    done(
        Messages.attempt(() -> run(() -> administration.removeHoliday(date("day", day)))),
        "Día inhábil eliminado.");
  }

  public void addFeeRule() {
    done(
        Messages.attempt(
            () ->
                run(
                    () ->
                        administration.addFeeRule(
                            feeType, date("validFrom", feeFrom), feeUma, feeUmaPerPage))),
        "Cuota agregada.");
  }

  private static Boolean run(Runnable action) {
    action.run();
    return Boolean.TRUE;
  }

  private void done(Boolean ok, String message) {
    if (Boolean.TRUE.equals(ok)) {
      Messages.info(message);
      load();
    }
  }

  private static LocalDate date(String field, String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of(field, "fecha inválida, use AAAA-MM-DD");
    }
  }

  private transient List<Term> terms;
  private transient List<UmaValue> umaValues;
  private transient List<Holiday> holidays;
  private transient List<FeeRuleRow> feeRules;
  private transient List<String> readiness;

  /** Reads the catalogues (view action, and again after each change). */
  public void load() {
    terms = Messages.attempt(administration::terms);
    if (terms == null) {
      terms = List.of();
      umaValues = List.of();
      holidays = List.of();
      feeRules = List.of();
      readiness = List.of();
      return;
    }
    umaValues = administration.umaValues();
    holidays = administration.holidays(year);
    feeRules = administration.feeRules();
    readiness = administration.readiness();
  }

  /** What the administrator must load before it is needed. */
  public List<String> getReadiness() {
    return readiness;
  }

  public List<Term> getTerms() {
    return terms;
  }

  public List<UmaValue> getUmaValues() {
    return umaValues;
  }

  public List<Holiday> getHolidays() {
    return holidays;
  }

  public List<FeeRuleRow> getFeeRules() {
    return feeRules;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getTermType() {
    return termType;
  }

  public void setTermType(String termType) {
    this.termType = termType;
  }

  public Integer getTermDays() {
    return termDays;
  }

  public void setTermDays(Integer termDays) {
    this.termDays = termDays;
  }

  public Integer getUmaYear() {
    return umaYear;
  }

  public void setUmaYear(Integer umaYear) {
    this.umaYear = umaYear;
  }

  public BigDecimal getUmaValue() {
    return umaValue;
  }

  public void setUmaValue(BigDecimal umaValue) {
    this.umaValue = umaValue;
  }

  public String getHolidayDay() {
    return holidayDay;
  }

  public void setHolidayDay(String holidayDay) {
    this.holidayDay = holidayDay;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }

  public String getHolidayScope() {
    return holidayScope;
  }

  public void setHolidayScope(String holidayScope) {
    this.holidayScope = holidayScope;
  }

  public String getFeeType() {
    return feeType;
  }

  public void setFeeType(String feeType) {
    this.feeType = feeType;
  }

  public String getFeeFrom() {
    return feeFrom;
  }

  public void setFeeFrom(String feeFrom) {
    this.feeFrom = feeFrom;
  }

  public BigDecimal getFeeUma() {
    return feeUma;
  }

  public void setFeeUma(BigDecimal feeUma) {
    this.feeUma = feeUma;
  }

  public BigDecimal getFeeUmaPerPage() {
    return feeUmaPerPage;
  }

  public void setFeeUmaPerPage(BigDecimal feeUmaPerPage) {
    this.feeUmaPerPage = feeUmaPerPage;
  }
}
