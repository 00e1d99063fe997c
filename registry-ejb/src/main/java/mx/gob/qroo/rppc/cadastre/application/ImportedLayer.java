package mx.gob.qroo.rppc.cadastre.application;

import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;

/** The report of an import, naming it for the access log. */
public record ImportedLayer(LayerImportReport report) implements AuditedResource {

  @Override
  public String auditResourceId() {
    return "layer-import-" + report.id();
  }
}
