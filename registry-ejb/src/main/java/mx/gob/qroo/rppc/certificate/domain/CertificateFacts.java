package mx.gob.qroo.rppc.certificate.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioState;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;

/**
 * What a lien certificate attests: the folio, its holders, and the encumbrances and preventive
 * notices in force at {@code asOf}, derived only from the entries signed by then, so the same folio
 * as of the same instant always gives the same facts. Holders are named (the registry's publicity),
 * their CURP or RFC is not printed.
 */
public record CertificateFacts(
    String folioNumber,
    String cadastralKey,
    String address,
    Instant asOf,
    List<Holding> holders,
    List<Standing> encumbrances,
    List<Standing> notices) {

  public record Holding(String name, BigDecimal share) {}

  /** A lien or notice in force: its entry, kind, when signed, filing, amount or expiry. */
  public record Standing(
      int sequence,
      String kind,
      Instant signedAt,
      String filingEntryNumber,
      BigDecimal amountMxn,
      String beneficiary,
      LocalDate expiresOn) {

    static Standing of(RegistryEntry e) {
      return new Standing(
          e.sequence(),
          e.kind().label(),
          e.signedAt(),
          e.filingEntryNumber(),
          e.amountMxn(),
          e.beneficiaryName(),
          e.expiresOn());
    }
  }

  public static CertificateFacts of(Folio folio, Instant asOf) {
    FolioState state = folio.stateAsOf(asOf);
    PropertyFolio property = folio instanceof PropertyFolio p ? p : null;
    return new CertificateFacts(
        folio.number().toString(),
        property == null ? null : property.cadastralKey(),
        property == null ? null : property.address(),
        asOf,
        state.holders().stream().map(h -> new Holding(h.name(), h.share())).toList(),
        state.encumbrances().stream().map(Standing::of).toList(),
        state.notices().stream().map(Standing::of).toList());
  }

  /** Libre de gravámenes: no lien and no preventive notice in force. */
  public boolean unencumbered() {
    return encumbrances.isEmpty() && notices.isEmpty();
  }
}
