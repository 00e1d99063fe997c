package mx.gob.qroo.rppc.folio.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.CommercialFolio;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.folio.domain.EntrySignature;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioState;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.PartyKind;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * A folio and its state as of an instant. Built {@code redacted} for callers whose role must not
 * see personal data (planners): natural persons' names and identifiers are left out.
 */
public record FolioView(
    String folioNumber,
    String kind,
    String office,
    Instant asOf,
    String municipality,
    String cadastralKey,
    String address,
    BigDecimal areaM2,
    String companyName,
    String legalForm,
    String rfc,
    String domicile,
    List<HolderView> holders,
    List<EntryView> encumbrances,
    List<EntryView> notices,
    List<EntryView> powers,
    boolean dissolved,
    List<EntryView> entries)
    implements AuditedResource, Identified {
  @Override
  public String identifier() {
    return folioNumber;
  }

  public record HolderView(PartyKind kind, String name, String identifier, BigDecimal share) {
    static HolderView of(Holder h, boolean redacted) {
      boolean hide = redacted && h.kind() == PartyKind.NATURAL;
      return new HolderView(
          h.kind(), hide ? null : h.name(), hide ? null : h.identifier(), h.share());
    }
  }

  public record EntryView(
      int sequence,
      String kind,
      String kindLabel,
      String filingEntryNumber,
      Instant signedAt,
      String signedBy,
      String description,
      BigDecimal actValueMxn,
      BigDecimal amountMxn,
      String beneficiaryName,
      LocalDate expiresOn,
      String deedNumber,
      String deedNotary,
      LocalDate deedDate,
      Integer refersToSequence,
      List<HolderView> holders,
      String contentHash,
      SignatureView signature) {
    static EntryView of(RegistryEntry e, boolean redacted) {
      ActFacts act = e.facts();
      Deed deed = act.deed();
      EntrySignature s = e.signature();
      return new EntryView(
          e.sequence(),
          e.kind().name(),
          e.kind().label(),
          e.filingEntryNumber(),
          e.signedAt(),
          redacted ? null : e.signedBy(),
          // free text a registrar wrote may name people: planners do not get it
          redacted ? null : act.description(),
          act.valueMxn(),
          act.amountMxn(),
          redacted ? null : act.beneficiaryName(),
          act.expiresOn(),
          deed == null ? null : deed.number(),
          deed == null || redacted ? null : deed.notary(),
          deed == null ? null : deed.date(),
          e.refersToSequence(),
          e.holders().stream().map(h -> HolderView.of(h, redacted)).toList(),
          e.contentHash(),
          s == null || redacted ? null : SignatureView.of(s));
    }
  }

  /** The e.firma an entry was signed with: its holder and the certificate's serial number. */
  public record SignatureView(String signerName, String signerCurp, String certificateSerial) {
    static SignatureView of(EntrySignature s) {
      return new SignatureView(s.signerName(), s.signerCurp(), s.certificateSerial());
    }
  }

  static FolioView of(Folio folio, FolioState state, boolean redacted) {
    PropertyFolio property = folio instanceof PropertyFolio p ? p : null;
    CommercialFolio company = folio instanceof CommercialFolio c ? c : null;
    return new FolioView(
        folio.number().toString(),
        folio.kind().name(),
        folio.office().name(),
        state.asOf(),
        property == null ? null : property.municipality().cvegeo(),
        property == null ? null : property.cadastralKey(),
        property == null ? null : property.address(),
        property == null ? null : property.areaM2(),
        company == null ? null : company.companyName(),
        company == null ? null : company.legalForm(),
        company == null ? null : company.rfc().value(),
        company == null ? null : company.domicile(),
        state.holders().stream().map(h -> HolderView.of(h, redacted)).toList(),
        entries(state.encumbrances(), redacted),
        entries(state.notices(), redacted),
        entries(state.powers(), redacted),
        state.dissolved(),
        entries(state.entries(), redacted));
  }

  private static List<EntryView> entries(List<RegistryEntry> entries, boolean redacted) {
    return entries.stream().map(e -> EntryView.of(e, redacted)).toList();
  }

  @Override
  public String auditResourceId() {
    return folioNumber;
  }
}
