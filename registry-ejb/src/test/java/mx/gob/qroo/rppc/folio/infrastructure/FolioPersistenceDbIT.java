package mx.gob.qroo.rppc.folio.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.Municipality;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A folio and its entries through the mapping: its number and each entry's facts come back. */
class FolioPersistenceDbIT {

  private static final Instant OPENED = Instant.parse("2031-01-10T16:00:00Z");
  private static final Instant NOTICED = Instant.parse("2031-02-10T16:00:00Z");
  private static final Instant MORTGAGED = Instant.parse("2031-03-10T16:00:00Z");

  private static MigratedDatabase db;

  @BeforeAll
  static void migratedDatabase() {
    db = MigratedDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void theNumberAndEveryFactOfEachEntryComeBackThroughTheMapping() {
    FolioNumber number = new FolioNumber(Office.CUN, FolioKind.PROPERTY, 4242);
    Deed deed = new Deed("4512", "Notaría 3 de Cancún", LocalDate.of(2031, 2, 1));
    db.inTransaction(
        em -> {
          JpaFolioRepository folios = new JpaFolioRepository(em);
          PropertyFolio folio =
              new PropertyFolio(
                  number,
                  OPENED,
                  Municipality.BENITO_JUAREZ,
                  "23005-001-0042",
                  "Av. Tulum 12, SM 4, Cancún",
                  new BigDecimal("250.00"));
          folios.store(folio);
          Holder carla =
              Holder.naturalPerson(
                  "Carla Gómez Rivera", Curp.of("GOMC850101MQRRRR09"), new BigDecimal("100"));
          folios.store(
              folio.sign(
                  EntryDraft.of(EntryKind.OPENING).withHolders(List.of(carla)),
                  null,
                  "registrador1",
                  OPENED));
          folios.store(
              folio.sign(
                  EntryDraft.of(EntryKind.PREVENTIVE_NOTICE)
                      .withDeed(deed, new BigDecimal("1500000.00"))
                      .expiringOn(LocalDate.of(2031, 5, 10)),
                  "CUN-2031-000001",
                  "registrador1",
                  NOTICED));
          folios.store(
              folio.sign(
                  EntryDraft.of(EntryKind.MORTGAGE)
                      .withBeneficiary(
                          "Banco del Caribe", "BCA950101AB1", new BigDecimal("900000.50"))
                      .describedAs("Hipoteca en primer lugar"),
                  "CUN-2031-000002",
                  "registrador1",
                  MORTGAGED));
          return null;
        });

    List<RegistryEntry> entries =
        db.inTransaction(
            em -> {
              Folio folio = new JpaFolioRepository(em).find(number).orElseThrow();
              assertThat(folio.number()).isEqualTo(number);
              return folio.entries();
            });

    assertThat(entries)
        .extracting(RegistryEntry::kind)
        .containsExactly(EntryKind.OPENING, EntryKind.PREVENTIVE_NOTICE, EntryKind.MORTGAGE);
    assertThat(entries.get(0).facts()).isEqualTo(ActFacts.NONE);
    ActFacts notice = entries.get(1).facts();
    assertThat(notice.deed()).isEqualTo(deed);
    assertThat(notice.valueMxn()).isEqualByComparingTo("1500000.00");
    assertThat(notice.expiresOn()).isEqualTo(LocalDate.of(2031, 5, 10));
    ActFacts mortgage = entries.get(2).facts();
    assertThat(mortgage.beneficiaryName()).isEqualTo("Banco del Caribe");
    assertThat(mortgage.beneficiaryId()).isEqualTo("BCA950101AB1");
    assertThat(mortgage.amountMxn()).isEqualByComparingTo("900000.50");
    assertThat(mortgage.description()).isEqualTo("Hipoteca en primer lugar");
    assertThat(mortgage.deed()).isNull();
  }
}
