package mx.gob.qroo.rppc.web.filing.rest;

import mx.gob.qroo.rppc.filing.application.FilingDetails;
import mx.gob.qroo.rppc.filing.application.PublicFilingStatus;
import mx.gob.qroo.rppc.filing.application.ReceivedFiling;

/** Response bodies of the filing resources and how they are assembled. */
public final class FilingResponses {

  private FilingResponses() {}

  public record Receipt(String entryNumber, String trackingCode, String receivedAt, String status) {
    public static Receipt of(ReceivedFiling filing) {
      return new Receipt(
          filing.entryNumber(),
          filing.trackingCode(),
          LocalTimes.iso(filing.receivedAt()),
          filing.status().name());
    }
  }

  public record Applicant(String name, String curp) {}

  public record Details(
      String entryNumber,
      String trackingCode,
      String office,
      String procedureType,
      String procedureTypeName,
      Applicant applicant,
      String status,
      String receivedAt) {
    public static Details of(FilingDetails filing) {
      return new Details(
          filing.entryNumber(),
          filing.trackingCode(),
          filing.office(),
          filing.procedureType(),
          filing.procedureTypeName(),
          new Applicant(filing.applicantName(), filing.applicantCurp()),
          filing.status().name(),
          LocalTimes.iso(filing.receivedAt()));
    }
  }

  public record PublicStatus(
      String trackingCode,
      String procedureType,
      String procedureTypeName,
      String status,
      String statusLabel,
      String receivedAt,
      String office,
      String officeName) {
    public static PublicStatus of(PublicFilingStatus filing) {
      return new PublicStatus(
          filing.trackingCode(),
          filing.procedureType(),
          filing.procedureTypeName(),
          filing.status().name(),
          filing.statusLabel(),
          LocalTimes.iso(filing.receivedAt()),
          filing.office(),
          filing.officeName());
    }
  }
}
