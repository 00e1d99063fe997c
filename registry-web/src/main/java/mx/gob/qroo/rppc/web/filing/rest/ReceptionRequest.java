package mx.gob.qroo.rppc.web.filing.rest;

import mx.gob.qroo.rppc.filing.application.ReceptionCommand;

/** Body of {@code POST /api/filings}. */
public record ReceptionRequest(String office, String procedureType, ApplicantRequest applicant) {

  public record ApplicantRequest(String name, String curp) {}

  ReceptionCommand toCommand() {
    return new ReceptionCommand(
        office,
        procedureType,
        applicant == null ? null : applicant.name(),
        applicant == null ? null : applicant.curp());
  }
}
