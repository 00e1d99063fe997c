package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.folio.domain.EntryDraft;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.folio.domain.Folios;
import mx.gob.qroo.rppc.folio.domain.PropertyFolio;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import org.junit.jupiter.api.Test;

class PriorityReservationTest {

  private static final ProcedureType NOTICE =
      new ProcedureType(
          "AVISO_PREVENTIVO", "Aviso preventivo", "PROPERTY", EntryKind.PREVENTIVE_NOTICE, 5);
  private static final Instant OPENED = Instant.parse("2026-01-05T16:00:00Z");
  private static final Instant NOTICE_PRESENTED = Instant.parse("2026-03-02T15:00:00Z");
  private static final Instant NOTICE_SIGNED = Instant.parse("2026-03-03T15:00:00Z");
  private static final Instant SALE_PRESENTED = Instant.parse("2026-03-20T15:00:00Z");
  private static final Deed DEED =
      new Deed("4512", "Notaría 3 de Cancún", LocalDate.of(2026, 3, 1));

  private final Filing notice =
      Filing.receive(
          Receptions.sale(
              NOTICE, new EntryNumber(Office.CUN, 2026, 40), NOTICE_PRESENTED, List.of()),
          "capturista1");
  private final Function<EntryNumber, Optional<Filing>> filings =
      number -> Optional.ofNullable(Map.of(notice.entryNumber(), notice).get(number));

  private static PropertyFolio folioWithNotice(Deed announced, LocalDate lastDay) {
    PropertyFolio folio = Folios.openedAt(OPENED);
    folio.sign(
        EntryDraft.of(EntryKind.PREVENTIVE_NOTICE).withDeed(announced, null).expiringOn(lastDay),
        "CUN-2026-000040",
        "registrador1",
        NOTICE_SIGNED);
    return folio;
  }

  @Test
  void theDeedANoticeAnnouncedTakesTheNoticesPriority() {
    PropertyFolio folio = folioWithNotice(DEED, LocalDate.of(2026, 5, 1));
    Deed sameDeedTypedAgain = new Deed(" 4512 ", "NOTARÍA 3 DE CANCÚN", null);

    assertThat(
            PriorityReservation.reservedFor(
                sameDeedTypedAgain, SALE_PRESENTED, List.of(folio), filings))
        .contains(NOTICE_PRESENTED);
  }

  @Test
  void anotherDeedALapsedNoticeOrNoDeedReserveNothing() {
    PropertyFolio inForce = folioWithNotice(DEED, LocalDate.of(2026, 5, 1));
    PropertyFolio lapsed = folioWithNotice(DEED, LocalDate.of(2026, 3, 10));
    Deed another = new Deed("4513", "Notaría 3 de Cancún", null);

    assertThat(PriorityReservation.reservedFor(another, SALE_PRESENTED, List.of(inForce), filings))
        .isEmpty();
    assertThat(PriorityReservation.reservedFor(DEED, SALE_PRESENTED, List.of(lapsed), filings))
        .isEmpty();
    assertThat(PriorityReservation.reservedFor(null, SALE_PRESENTED, List.of(inForce), filings))
        .isEmpty();
    assertThat(
            PriorityReservation.reservedFor(
                DEED, SALE_PRESENTED, List.of(inForce), number -> Optional.empty()))
        .isEmpty();
  }
}
