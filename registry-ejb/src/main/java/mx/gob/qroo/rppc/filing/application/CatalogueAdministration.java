package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.filing.domain.CatalogueReadiness;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.FeeRuleRow;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.Holiday;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.Term;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.UmaValue;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.Uma;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * The administrator's catalogues. Every change is an access event; none reaches back: a filing
 * keeps the term and fee fixed at its reception, and new fee rules start today or later.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class CatalogueAdministration {

  @Inject CatalogueStore store;
  @Inject Clock clock;

  public List<Term> terms() {
    return store.terms();
  }

  public List<UmaValue> umaValues() {
    return store.umaValues();
  }

  public List<Holiday> holidays(int year) {
    return store.holidays(year);
  }

  public List<FeeRuleRow> feeRules() {
    return store.feeRules();
  }

  /** What must be loaded before it is needed (CatalogueReadiness), as of today. */
  public List<String> readiness() {
    LocalDate today = RegistryTime.local(clock.instant()).toLocalDate();
    Set<Integer> holidayYears = new HashSet<>();
    for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
      if (!store.holidays(year).isEmpty()) {
        holidayYears.add(year);
      }
    }
    Set<Integer> umaYears = new HashSet<>();
    store.umaValues().forEach(u -> umaYears.add(u.year()));
    return CatalogueReadiness.warnings(today, holidayYears, umaYears);
  }

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.CATALOGUE)
  public void setTerm(@AuditResourceId String procedureType, int businessDays) {
    requireType(procedureType);
    if (businessDays < 1 || businessDays > 120) {
      throw InvalidRequestException.of("businessDays", "el plazo va de 1 a 120 días hábiles");
    }
    store.setTerm(procedureType, businessDays);
  }

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.CATALOGUE)
  public void setUma(@AuditResourceId Integer year, BigDecimal dailyValueMxn) {
    if (year == null || dailyValueMxn == null) {
      throw InvalidRequestException.of(
          year == null ? "year" : "dailyValueMxn", "indique año y valor diario de la UMA");
    }
    Violations violations = new Violations();
    Uma uma = violations.build("dailyValueMxn", () -> new Uma(year, dailyValueMxn));
    violations.throwIfAny();
    store.setUma(uma);
  }

  @Audited(action = AccessAction.CREATE, resource = ResourceType.CATALOGUE)
  public void addHoliday(@AuditResourceId LocalDate day, String name, String scope) {
    if (day == null || name == null || name.isBlank()) {
      throw InvalidRequestException.of(
          day == null ? "day" : "name", "indique fecha y nombre del día inhábil");
    }
    if (!"FEDERAL".equals(scope) && !"STATE".equals(scope)) {
      throw InvalidRequestException.of("scope", "el ámbito es FEDERAL o STATE");
    }
    store.addHoliday(new Holiday(day, name.trim(), scope));
  }

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.CATALOGUE)
  public boolean removeHoliday(@AuditResourceId LocalDate day) {
    return store.removeHoliday(day);
  }

  /** A fixed (perPage null) or per-page fee from a day that is not in the past. */
  @Audited(action = AccessAction.CREATE, resource = ResourceType.CATALOGUE)
  public void addFeeRule(
      @AuditResourceId String procedureType,
      LocalDate validFrom,
      BigDecimal uma,
      BigDecimal umaPerPage) {
    requireType(procedureType);
    LocalDate today = RegistryTime.local(clock.instant()).toLocalDate();
    if (validFrom == null || validFrom.isBefore(today)) {
      throw InvalidRequestException.of(
          "validFrom", "una cuota nueva rige desde hoy o una fecha posterior");
    }
    if (uma == null) {
      throw InvalidRequestException.of("uma", "indique la cuota en UMA");
    }
    Violations violations = new Violations();
    FeeRule rule =
        violations.build(
            "uma",
            () ->
                umaPerPage == null
                    ? FeeRule.fixed(procedureType, validFrom, uma)
                    : FeeRule.perPage(procedureType, validFrom, uma, umaPerPage));
    violations.throwIfAny();
    store.addFeeRule(rule);
  }

  private void requireType(String code) {
    if (code == null || !store.procedureTypeExists(code)) {
      throw InvalidRequestException.of(
          "procedureType", "tipo de trámite desconocido '" + code + "'");
    }
  }
}
