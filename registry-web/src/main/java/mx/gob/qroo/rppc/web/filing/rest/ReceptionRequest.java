package mx.gob.qroo.rppc.web.filing.rest;

import java.util.List;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.ActCommand;

/**
 * Body of {@code POST /api/filings}: office, procedure type, applicant, the folios the filing
 * concerns and the act's data (for a sale: new holders, value, deed).
 */
public record ReceptionRequest(
    String office,
    String procedureType,
    ApplicantRequest applicant,
    List<String> folios,
    ActCommand act,
    Integer pages) {

  public record ApplicantRequest(String name, String curp) {}

  ReceptionCommand toCommand() {
    return new ReceptionCommand(
        office,
        procedureType,
        applicant == null ? null : applicant.name(),
        applicant == null ? null : applicant.curp(),
        folios,
        act,
        pages);
  }
}
