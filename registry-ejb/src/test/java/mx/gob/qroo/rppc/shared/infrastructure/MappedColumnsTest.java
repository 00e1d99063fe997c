package mx.gob.qroo.rppc.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.qroo.rppc.folio.domain.RegistryEntry;
import org.junit.jupiter.api.Test;

class MappedColumnsTest {

  @Test
  void anEntrysMappingNamesTheColumnsOfItsTableButItsGeneratedId() {
    // folio.entry as migrations V2 and V24 make it, less its identity column
    assertThat(MappedColumns.of(RegistryEntry.class))
        .containsExactlyInAnyOrder(
            "folio_id",
            "sequence",
            "kind",
            "filing_entry_number",
            "signed_at",
            "signed_by",
            "description",
            "act_value_mxn",
            "amount_mxn",
            "beneficiary_name",
            "beneficiary_id",
            "expires_on",
            "deed_number",
            "deed_notary",
            "deed_date",
            "refers_to_entry_id",
            "content_hash",
            "previous_hash",
            "signature_id");
  }
}
