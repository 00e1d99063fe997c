package mx.gob.qroo.rppc.filing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.Receptions;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.MappedColumns;
import org.junit.jupiter.api.Test;

/** The reception's hand-written insert and the entity's mapping name the same columns. */
class ReceptionInsertTest {

  private static final List<String> MAPPED = MappedColumns.of(Filing.class);

  @Test
  void itWritesEveryColumnOfTheMappingButThoseFilledAfterReception() {
    List<String> expected = new ArrayList<>(MAPPED);
    expected.removeAll(ReceptionInsert.FILLED_LATER);

    assertThat(ReceptionInsert.COLUMNS).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(MAPPED)
        .contains("office", "procedure_type", "act_amount_mxn", "deed_date", "version")
        .containsAll(ReceptionInsert.FILLED_LATER)
        .doesNotContain("id", "folio_number", "position");
  }

  @Test
  void aColumnTheMappingGainsWithoutAValueStopsTheInsert() {
    List<String> gained = new ArrayList<>(MAPPED);
    gained.add("stamp_duty_mxn");

    assertThatThrownBy(() -> ReceptionInsert.columns(gained))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stamp_duty_mxn");
    assertThatThrownBy(() -> ReceptionInsert.columns(MAPPED.subList(1, MAPPED.size())))
        .hasMessageContaining("sin columna [" + MAPPED.get(0) + "]");
  }

  @Test
  void eachFilingColumnHasOnePlaceholderAndOneValueInOrder() {
    Filing filing =
        Filing.receive(
            Receptions.sale(
                new ProcedureType("COMPRAVENTA", "Compraventa", "PROPERTY", null, 15),
                new EntryNumber(Office.CHE, 2038, 7),
                Instant.parse("2038-01-05T16:00:00Z"),
                List.of()),
            "capturista1");
    ReceptionInsert insert = new ReceptionInsert(filing);
    String filingRow = insert.sql().substring(0, insert.sql().indexOf("returning id"));

    // the filing row's values come first, then the first transition's six
    long placeholders = filingRow.chars().filter(c -> c == '?').count();
    assertThat(insert.values()).hasSize((int) placeholders + 6);
    assertThat(insert.values().get(ReceptionInsert.COLUMNS.indexOf("entry_sequence")))
        .isEqualTo(7L);
    assertThat(filingRow).contains("0)");
  }
}
