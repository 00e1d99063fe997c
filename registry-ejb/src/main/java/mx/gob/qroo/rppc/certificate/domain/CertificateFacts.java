package mx.gob.qroo.rppc.certificate.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioState;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;

/**
 * What a lien certificate attests: the folio, its holders, and the encumbrances and preventive
 * notices in force at {@code asOf}, derived only from the entries signed by then, so the same folio
 * as of the same instant always gives the same facts. Holders are named (the registry's publicity),
 * their CURP or RFC is not printed. The filings pending on the folio at issuance, which no entry
 * records, come from the certificate as it was stored ({@link #withPending}).
 */
public record CertificateFacts(
    String folioNumber,
    String cadastralKey,
    String address,
    Instant asOf,
    List<Holding> holders,
    List<Standing> encumbrances,
    List<Standing> notices,
    List<PendingFiling> pending) {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);

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

    /**
     * In one sentence, as the certificate prints it and the verification page shows it: {@code
     * Hipoteca (asiento 3), firmado el …, entrada CUN-2026-000006, monto $816,750.00, a favor de
     * INFONAVIT}; {@code when} writes the signing instant.
     */
    public String describe(Function<Instant, String> when) {
      StringBuilder text =
          new StringBuilder(kind)
              .append(" (asiento ")
              .append(sequence)
              .append("), firmado el ")
              .append(when.apply(signedAt));
      if (filingEntryNumber != null) {
        text.append(", entrada ").append(filingEntryNumber);
      }
      if (amountMxn != null) {
        text.append(", monto ").append(NumberFormat.getCurrencyInstance(ES_MX).format(amountMxn));
      }
      if (beneficiary != null) {
        text.append(", a favor de ").append(beneficiary);
      }
      if (expiresOn != null) {
        text.append(", vigente hasta el ").append(DAY.format(expiresOn));
      }
      return text.toString();
    }

    static Standing of(RegistryEntry e) {
      return new Standing(
          e.sequence(),
          e.kind().label(),
          e.signedAt(),
          e.filingEntryNumber(),
          e.facts().amountMxn(),
          e.facts().beneficiaryName(),
          e.facts().expiresOn());
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
        state.notices().stream().map(Standing::of).toList(),
        List.of());
  }

  public CertificateFacts {
    pending = pending == null ? List.of() : List.copyOf(pending);
  }

  /** The same facts, reporting these filings as pending on the folio when it was issued. */
  public CertificateFacts withPending(List<PendingFiling> filings) {
    return new CertificateFacts(
        folioNumber, cadastralKey, address, asOf, holders, encumbrances, notices, filings);
  }

  /** Libre de gravámenes: no lien and no preventive notice in force. */
  public boolean unencumbered() {
    return encumbrances.isEmpty() && notices.isEmpty();
  }
}
