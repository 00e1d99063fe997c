package mx.gob.qroo.rppc.filing.application;

import java.math.BigDecimal;
import java.util.List;
import mx.gob.qroo.rppc.party.application.HolderCommand;

/** What the counter clerk captures at reception, as typed; validated by {@link FilingReception}. */
public record ReceptionCommand(
    String office,
    String procedureType,
    String applicantName,
    String applicantCurp,
    List<String> folios,
    ActCommand act,
    Integer pages) {

  public ReceptionCommand {
    folios = folios == null ? List.of() : List.copyOf(folios);
  }

  /** The act's facts as captured. */
  public record ActCommand(
      List<HolderCommand> holders,
      BigDecimal value,
      DeedCommand deed,
      BigDecimal amount,
      String beneficiaryName,
      String beneficiaryId,
      String expiresOn,
      Integer refersToEntry,
      String description) {

    public ActCommand {
      holders = holders == null ? List.of() : List.copyOf(holders);
    }
  }

  /** A holder: a natural person with CURP or a legal person with RFC, and a share in percent. */
  public record DeedCommand(String number, String notary, String date) {}
}
