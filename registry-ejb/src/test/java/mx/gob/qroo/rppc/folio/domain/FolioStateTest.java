package mx.gob.qroo.rppc.folio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.Rfc;
import mx.gob.qroo.rppc.shared.domain.Office;
import org.junit.jupiter.api.Test;

class FolioStateTest {

  static final Holder CARLA = Folios.CARLA;
  static final Holder JORGE =
      Holder.naturalPerson(
          "Jorge Pérez Hernández", Curp.of("PEHJ900215HQRRRN00"), new BigDecimal("60"));
  static final Holder ALBERTO =
      Holder.naturalPerson(
          "Alberto Ramírez Mena", Curp.of("RAMA010203HQRMNL04"), new BigDecimal("40"));

  static final Instant OPENED = Instant.parse("2025-01-10T16:00:00Z");
  static final Instant SOLD = Instant.parse("2025-06-02T16:00:00Z");
  static final Instant MORTGAGED = Instant.parse("2025-06-03T16:00:00Z");
  static final Instant CANCELLED = Instant.parse("2026-01-15T16:00:00Z");

  static PropertyFolio openedFolio() {
    return Folios.openedAt(OPENED);
  }

  static EntryDraft mortgage() {
    return EntryDraft.of(EntryKind.MORTGAGE)
        .withBeneficiary("Banco del Caribe, S.A.", "BCA950101AB1", new BigDecimal("1200000.00"));
  }

  @Test
  void aSaleReplacesTheHoldersFromTheInstantItIsSigned() {
    PropertyFolio folio = openedFolio();
    folio.sign(
        EntryDraft.of(EntryKind.SALE).withHolders(List.of(JORGE, ALBERTO)),
        "CUN-2025-000100",
        "registrador1",
        SOLD);

    assertThat(folio.stateAsOf(SOLD.minusSeconds(1)).holders()).containsExactly(CARLA);
    assertThat(folio.stateAsOf(SOLD).holders()).containsExactly(JORGE, ALBERTO);
  }

  @Test
  void aMortgageIsInForceUntilACancellationPointsAtIt() {
    PropertyFolio folio = openedFolio();
    folio.sign(mortgage(), "CUN-2025-000101", "registrador1", MORTGAGED);
    folio.sign(
        EntryDraft.of(EntryKind.CANCELLATION).referringTo(2),
        "CUN-2026-000005",
        "registrador1",
        CANCELLED);

    assertThat(folio.stateAsOf(MORTGAGED).encumbrances())
        .extracting(RegistryEntry::sequence)
        .containsExactly(2);
    assertThat(folio.stateAsOf(CANCELLED.minusSeconds(60)).unencumbered()).isFalse();
    assertThat(folio.stateAsOf(CANCELLED).encumbrances()).isEmpty();
    assertThat(folio.stateAsOf(CANCELLED).entries()).hasSize(3);
  }

  @Test
  void aCancelledLienCannotBeCancelledAgain() {
    PropertyFolio folio = openedFolio();
    folio.sign(mortgage(), "CUN-2025-000101", "registrador1", MORTGAGED);
    folio.sign(
        EntryDraft.of(EntryKind.CANCELLATION).referringTo(2),
        "CUN-2026-000005",
        "registrador1",
        CANCELLED);

    assertThatThrownBy(
            () ->
                folio.sign(
                    EntryDraft.of(EntryKind.CANCELLATION).referringTo(2),
                    "CUN-2026-000009",
                    "registrador1",
                    CANCELLED.plusSeconds(5)))
        .hasMessageContaining("no está vigente");
  }

  @Test
  void ownershipCannotBeCancelledOnlyRectified() {
    PropertyFolio folio = openedFolio();
    assertThatThrownBy(
            () ->
                folio.sign(
                    EntryDraft.of(EntryKind.CANCELLATION).referringTo(1),
                    "CUN-2025-000102",
                    "registrador1",
                    SOLD))
        .hasMessageContaining("no está vigente");
  }

  @Test
  void aPreventiveNoticeLapsesAfterItsLastDayInQuintanaRooTime() {
    PropertyFolio folio = openedFolio();
    folio.sign(
        EntryDraft.of(EntryKind.PREVENTIVE_NOTICE)
            .withDeed(new Deed("4512", "Notaría 3 de Cancún", LocalDate.of(2025, 6, 1)), null)
            .expiringOn(LocalDate.of(2025, 7, 1)),
        "CUN-2025-000103",
        "registrador1",
        SOLD);

    // 23:59 on 1 July in Cancún is 04:59 UTC on 2 July: still in force
    assertThat(folio.stateAsOf(Instant.parse("2025-07-02T04:59:00Z")).notices()).hasSize(1);
    assertThat(folio.stateAsOf(Instant.parse("2025-07-02T05:00:00Z")).notices()).isEmpty();
  }

  @Test
  void holdersMustTogetherHoldAllOfTheRight() {
    PropertyFolio folio = openedFolio();
    assertThatThrownBy(
            () ->
                folio.sign(
                    EntryDraft.of(EntryKind.SALE).withHolders(List.of(JORGE)),
                    "CUN-2025-000104",
                    "registrador1",
                    SOLD))
        .hasMessageContaining("suman 60 %");
  }

  @Test
  void aMortgageNeedsItsCreditorAndAmount() {
    PropertyFolio folio = openedFolio();
    assertThatThrownBy(
            () ->
                folio.sign(
                    EntryDraft.of(EntryKind.MORTGAGE), "CUN-2025-000105", "registrador1", SOLD))
        .hasMessageContaining("acreedor");
    assertThatThrownBy(
            () ->
                folio.sign(
                    EntryDraft.of(EntryKind.MORTGAGE).withBeneficiary("Banco", null, null),
                    "CUN-2025-000105",
                    "registrador1",
                    SOLD))
        .hasMessageContaining("monto");
  }

  @Test
  void commercialActsDoNotFitAPropertyFolio() {
    PropertyFolio folio = openedFolio();
    assertThatThrownBy(
            () ->
                folio.sign(
                    EntryDraft.of(EntryKind.DISSOLUTION).describedAs("x"),
                    "CUN-2025-000106",
                    "registrador1",
                    SOLD))
        .hasMessageContaining("no procede");
  }

  @Test
  void entriesAreSignedInTimeOrder() {
    PropertyFolio folio = openedFolio();
    assertThatThrownBy(
            () -> folio.sign(mortgage(), "CUN-2025-000107", "registrador1", OPENED.minusSeconds(1)))
        .hasMessageContaining("antes que el anterior");
  }

  @Test
  void aRectificationCorrectsHoldersOfAnOwnershipEntry() {
    PropertyFolio folio = openedFolio();
    Holder carlaFixed =
        Holder.naturalPerson(
            "Carla Gómez Rivero", Curp.of("GOMC850101MQRRRR09"), new BigDecimal("100"));
    folio.sign(
        EntryDraft.of(EntryKind.RECTIFICATION)
            .referringTo(1)
            .withHolders(List.of(carlaFixed))
            .describedAs("Segundo apellido"),
        "CUN-2025-000108",
        "registrador1",
        SOLD);

    assertThat(folio.stateAsOf(SOLD).holders())
        .extracting(Holder::name)
        .containsExactly("Carla Gómez Rivero");
    assertThat(folio.entries().get(0).holders())
        .extracting(Holder::name)
        .containsExactly("Carla Gómez Rivera");
  }

  @Test
  void aDissolvedCompanyTakesNoNewActs() {
    CommercialFolio company =
        new CommercialFolio(
            new FolioNumber(Office.PDC, FolioKind.COMMERCE, 3),
            OPENED,
            "Arrecifes del Caribe",
            "S.A. de C.V.",
            Rfc.of("ACA100315AB2"),
            "Calle 10 Norte 123, Playa del Carmen");
    company.sign(
        EntryDraft.of(EntryKind.CONSTITUTION).withHolders(List.of(JORGE, ALBERTO)),
        null,
        "registrador1",
        OPENED.plusSeconds(1));
    assertThatThrownBy(
            () ->
                company.sign(
                    EntryDraft.of(EntryKind.OPENING).withHolders(List.of(CARLA)),
                    null,
                    "registrador1",
                    SOLD))
        .isInstanceOf(IllegalArgumentException.class);
    company.sign(
        EntryDraft.of(EntryKind.POWER_OF_ATTORNEY).withBeneficiary("Ana Ruiz", null, null),
        "PDC-2025-000010",
        "registrador1",
        SOLD);
    company.sign(
        EntryDraft.of(EntryKind.DISSOLUTION).describedAs("Asamblea extraordinaria"),
        "PDC-2026-000011",
        "registrador1",
        CANCELLED);

    assertThat(company.stateAsOf(SOLD).powers()).hasSize(1);
    assertThat(company.stateAsOf(CANCELLED).dissolved()).isTrue();
    assertThatThrownBy(
            () ->
                company.sign(
                    EntryDraft.of(EntryKind.POWER_OF_ATTORNEY).withBeneficiary("Luis", null, null),
                    "PDC-2026-000012",
                    "registrador1",
                    CANCELLED.plusSeconds(1)))
        .hasMessageContaining("disuelta");
  }
}
