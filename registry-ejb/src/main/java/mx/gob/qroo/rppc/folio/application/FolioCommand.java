package mx.gob.qroo.rppc.folio.application;

import java.math.BigDecimal;
import java.util.List;
import mx.gob.qroo.rppc.party.application.HolderCommand;

/**
 * A folio to open, as captured: a property (municipality, cadastral key, address, area) or, with
 * kind COMMERCE, a company (name, legal form, RFC, domicile); and its first holders.
 */
public record FolioCommand(
    String kind,
    String office,
    String municipality,
    String cadastralKey,
    String address,
    BigDecimal areaM2,
    String companyName,
    String legalForm,
    String rfc,
    String domicile,
    List<HolderCommand> holders) {

  public FolioCommand {
    holders = holders == null ? List.of() : List.copyOf(holders);
  }
}
