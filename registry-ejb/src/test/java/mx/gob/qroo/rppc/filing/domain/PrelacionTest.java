package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.testing.ComparatorContract;
import org.junit.jupiter.api.Test;

class PrelacionTest {

  private static final ProcedureType SALE =
      new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY", EntryKind.SALE, 15);
  private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");
  private static final String FOLIO = "CUN-FR-000001";

  private static final ProcedureType CERTIFICATE =
      new ProcedureType(
          "CERTIFICADO_LIBERTAD_GRAVAMEN",
          "Certificado de libertad o existencia de gravámenes",
          "PROPERTY",
          null,
          5);

  private static Filing filing(long sequence, Instant priority, String... folios) {
    return of(SALE, sequence, priority, folios);
  }

  private static Filing of(ProcedureType type, long sequence, Instant priority, String... folios) {
    return Filing.receive(
        Receptions.sale(
            type, new EntryNumber(Office.CUN, 2026, sequence), priority, List.of(folios)),
        "capturista1");
  }

  @Test
  void aCertificateRequestNeitherHoldsALaterDeedBackNorIsHeldBackAndReportsWhatIsPending() {
    Filing earlierSale = filing(3, AT.minusSeconds(600), FOLIO);
    Filing request = of(CERTIFICATE, 5, AT, FOLIO);
    Filing laterSale = filing(8, AT.plusSeconds(60), FOLIO);
    Filing otherRequest = of(CERTIFICATE, 4, AT.minusSeconds(60), FOLIO);
    Filing withdrawn = filing(2, AT.minusSeconds(900), FOLIO);
    withdrawn.withdraw("Desistimiento", "capturista1", AT);
    Filing otherFolio = filing(1, AT.minusSeconds(1200), "CUN-FR-000009");
    List<Filing> all =
        List.of(laterSale, otherRequest, request, withdrawn, otherFolio, earlierSale);

    assertThat(Prelacion.earlierPending(request, all)).as("the request is not held back").isEmpty();
    assertThat(Prelacion.earlierPending(laterSale, all))
        .as("only the earlier deed holds the later one back, not the requests before it")
        .containsExactly(earlierSale);
    assertThat(Prelacion.reportedBy(request, all))
        .as("the deeds pending on its folio, earlier and later, in prelación order")
        .containsExactly(earlierSale, laterSale);
  }

  @Test
  void theOrderIsATotalOrderConsistentWithEquals() {
    List<Filing> samples =
        List.of(
            filing(5, AT, FOLIO),
            filing(6, AT, FOLIO),
            filing(2, AT.plusSeconds(1), FOLIO),
            filing(9, AT.minusSeconds(30), FOLIO),
            filing(1, AT.plusSeconds(1), FOLIO));
    ComparatorContract.assertTotalOrderConsistentWithEquals(Prelacion.ORDER, samples);
  }

  @Test
  void aSortOfManyTiedFilingsFollowsPriorityThenEntryNumber() {
    // ten filings share each instant: the entry number breaks the tie, whatever order they come in
    List<Filing> filings = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      filings.add(filing(i, AT.plusSeconds(i / 10), FOLIO));
    }
    List<Filing> shuffled = new ArrayList<>(filings);
    Collections.shuffle(shuffled, new Random(18));

    shuffled.sort(Prelacion.ORDER);

    assertThat(shuffled).containsExactlyElementsOf(filings);
  }

  @Test
  void onlyEarlierPendingFilingsOnASharedFolioHoldAFilingBack() {
    Filing inscribing = filing(10, AT, FOLIO, "CUN-FR-000002");
    Filing earlierOnTheSecondFolio = filing(8, AT.minusSeconds(60), "CUN-FR-000002");
    Filing earliest = filing(3, AT.minusSeconds(600), FOLIO);
    Filing sameInstantLowerNumber = filing(9, AT, FOLIO);
    Filing later = filing(11, AT.plusSeconds(1), FOLIO);
    Filing otherFolio = filing(4, AT.minusSeconds(900), "CUN-FR-000003");
    Filing withdrawn = filing(5, AT.minusSeconds(300), FOLIO);
    withdrawn.withdraw("Desistimiento", "capturista1", AT);

    List<Filing> earlier =
        Prelacion.earlierPending(
            inscribing,
            List.of(
                later,
                sameInstantLowerNumber,
                inscribing,
                otherFolio,
                withdrawn,
                earlierOnTheSecondFolio,
                earliest));

    assertThat(earlier).containsExactly(earliest, earlierOnTheSecondFolio, sameInstantLowerNumber);
    assertThat(Prelacion.earlierPending(earliest, List.of(inscribing, later))).isEmpty();
  }

  @Test
  void theRefusalIsAConflictOfPrelacionNamingTheEarlierFilings() {
    Filing inscribing = filing(10, AT, FOLIO);
    ConflictException refusal =
        Prelacion.refusal(
            inscribing, List.of(filing(3, AT.minusSeconds(5), FOLIO), filing(7, AT, FOLIO)));

    assertThat(refusal.kind()).isEqualTo("prelacion");
    assertThat(refusal.earlierPending()).containsExactly("CUN-2026-000003", "CUN-2026-000007");
    assertThat(refusal).hasMessageContaining("CUN-2026-000010");
  }

  @Test
  void aMultiFolioFilingIsToldWhichFilingsHoldEachOfItsFoliosBack() {
    Filing inscribing = filing(10, AT, FOLIO, "CUN-FR-000002", "CUN-FR-000003");
    Filing onTheFirst = filing(3, AT.minusSeconds(5), FOLIO);
    Filing onBoth = filing(4, AT.minusSeconds(4), FOLIO, "CUN-FR-000002");

    ConflictException refusal = Prelacion.refusal(inscribing, List.of(onTheFirst, onBoth));

    assertThat(refusal)
        .hasMessageEndingWith(
            "sobre CUN-FR-000001: CUN-2026-000003, CUN-2026-000004;"
                + " sobre CUN-FR-000002: CUN-2026-000004.");
    assertThat(refusal.getMessage()).doesNotContain("CUN-FR-000003");
  }
}
