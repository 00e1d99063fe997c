package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.FeeRuleRow;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.Holiday;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.Term;
import mx.gob.qroo.rppc.filing.domain.CatalogueStore.UmaValue;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.Uma;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.Role;

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

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.CATALOGUE)
  public void setTerm(@AuditResourceId String procedureType, int businessDays) {
    requireType(procedureType);
    if (businessDays < 1 || businessDays > 120) {
      throw new IllegalArgumentException("el plazo va de 1 a 120 días hábiles");
    }
    store.setTerm(procedureType, businessDays);
  }

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.CATALOGUE)
  public void setUma(@AuditResourceId Integer year, BigDecimal dailyValueMxn) {
    if (year == null || dailyValueMxn == null) {
      throw new IllegalArgumentException("indique año y valor diario de la UMA");
    }
    store.setUma(new Uma(year, dailyValueMxn));
  }

  @Audited(action = AccessAction.CREATE, resource = ResourceType.CATALOGUE)
  public void addHoliday(@AuditResourceId LocalDate day, String name, String scope) {
    if (day == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("indique fecha y nombre del día inhábil");
    }
    if (!"FEDERAL".equals(scope) && !"STATE".equals(scope)) {
      throw new IllegalArgumentException("el ámbito es FEDERAL o STATE");
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
      throw new IllegalArgumentException("una cuota nueva rige desde hoy o una fecha posterior");
    }
    if (uma == null) {
      throw new IllegalArgumentException("indique la cuota en UMA");
    }
    store.addFeeRule(
        umaPerPage == null
            ? FeeRule.fixed(procedureType, validFrom, uma)
            : FeeRule.perPage(procedureType, validFrom, uma, umaPerPage));
  }

  private void requireType(String code) {
    if (code == null || !store.procedureTypeExists(code)) {
      throw new IllegalArgumentException("tipo de trámite desconocido '" + code + "'");
    }
  }
}
