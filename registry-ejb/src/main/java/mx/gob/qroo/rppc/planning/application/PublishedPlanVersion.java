package mx.gob.qroo.rppc.planning.application;

import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.planning.domain.LandUsePlan;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;

/** The outcome of publishing a plan version: the version (null when rejected) and its report. */
public record PublishedPlanVersion(LandUsePlan plan, LayerImportReport report)
    implements AuditedResource {

  @Override
  public String auditResourceId() {
    return plan == null ? "layer-import-" + report.id() : "plan-" + plan.id();
  }
}
