package mx.gob.qroo.rppc.folio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.CanonicalJson;
import org.junit.jupiter.api.Test;

class EntryStatementTest {

  static final String PREVIOUS = "ab".repeat(32);
  static final Instant SIGNED = Instant.parse("2026-12-03T16:05:00.120Z");

  static EntryStatement sale(String share, String value) {
    return new EntryStatement(
        "CUN-FR-000042",
        2,
        PREVIOUS,
        EntryKind.SALE,
        "CUN-2026-000123",
        ActFacts.NONE.withDeed(
            new Deed("4512", "Notaría 3 de Cancún", LocalDate.parse("2026-11-20")),
            new BigDecimal(value)),
        List.of(
            Holder.naturalPerson(
                "Jorge Pérez Hernández", Curp.of("PEHJ900215HQRRRN00"), new BigDecimal(share))),
        null);
  }

  static String canonical(EntryStatement statement) {
    return new String(CanonicalJson.bytes(statement.json()), StandardCharsets.UTF_8);
  }

  @Test
  void theSignedBytesAreTheStatementsRfc8785Form() {
    assertThat(canonical(sale("100", "1500000")))
        .isEqualTo(
            "{\"facts\":{\"deed\":{\"date\":\"2026-11-20\",\"notary\":\"Notaría 3 de Cancún\","
                + "\"number\":\"4512\"},\"valueMxn\":\"1500000\"},\"filing\":\"CUN-2026-000123\","
                + "\"folio\":\"CUN-FR-000042\",\"holders\":[{\"id\":\"PEHJ900215HQRRRN00\","
                + "\"kind\":\"NATURAL\",\"name\":\"Jorge Pérez Hernández\",\"share\":\"100\"}],"
                + "\"kind\":\"SALE\",\"previousHash\":\""
                + PREVIOUS
                + "\",\"sequence\":2}");
  }

  @Test
  void aValueReadsTheSameFromTheRequestAsFromTheDatabasesNumericColumns() {
    // numeric(7,4) and numeric(16,2) come back with trailing zeros the request did not have
    assertThat(canonical(sale("100.0000", "1500000.00")))
        .isEqualTo(canonical(sale("100", "1500000")));
  }

  @Test
  void textIsEscapedAsRfc8785SaysAndNotBeyond() {
    EntryStatement rectification =
        new EntryStatement(
            "CUN-FR-000042",
            3,
            PREVIOUS,
            EntryKind.RECTIFICATION,
            "CUN-2026-000124",
            ActFacts.NONE.describedAs("Línea \"1\"\nárea\u001f/€"),
            List.of(),
            2);
    assertThat(canonical(rectification))
        .contains("\"description\":\"Línea \\\"1\\\"\\nárea\\u001f/€\"")
        .contains("\"refersTo\":2")
        .doesNotContain("holders");
  }

  @Test
  void theEntrysHashCoversWhoSignedItAndWhen() {
    EntryStatement statement = sale("100", "1500000");
    byte[] hash = hash(statement, "registrador1", SIGNED);

    assertThat(hash)
        .hasSize(32)
        .isEqualTo(hash(sale("100.0000", "1500000.00"), "registrador1", SIGNED));
    assertThat(hash(statement, "registrador2", SIGNED)).isNotEqualTo(hash);
    assertThat(hash(statement, "registrador1", SIGNED.plusMillis(1))).isNotEqualTo(hash);
    assertThat(hash(sale("50", "1500000"), "registrador1", SIGNED)).isNotEqualTo(hash);
  }

  @Test
  void aFoliosEntriesFormAHashChainAndEachStillMatchesItsHash() {
    PropertyFolio folio = Folios.openedAt(Instant.parse("2026-01-10T16:00:00Z"));
    RegistryEntry opening = folio.entries().get(0);
    EntryDraft draft =
        EntryDraft.of(EntryKind.SALE)
            .withHolders(
                List.of(
                    Holder.naturalPerson(
                        "Jorge Pérez Hernández",
                        Curp.of("PEHJ900215HQRRRN00"),
                        new BigDecimal("100"))));

    EntryStatement shown = folio.statementOf(draft, "CUN-2026-000123", SIGNED);
    RegistryEntry sale = folio.sign(draft, "CUN-2026-000123", "registrador1", SIGNED);

    assertThat(opening.statement().previousHash()).isNull();
    assertThat(shown.previousHash()).isEqualTo(opening.contentHash());
    assertThat(sale.statement()).isEqualTo(shown);
    assertThat(sale.contentHash())
        .isEqualTo(java.util.HexFormat.of().formatHex(hash(shown, "registrador1", SIGNED)));
    assertThat(opening.intact()).isTrue();
    assertThat(sale.intact()).isTrue();
  }

  @Test
  void whatAnInscriptionSignsNamesItsPurposeFilingAndRegistrar() {
    String bytes =
        new String(
            new InscriptionStatement("CUN-2026-000123", "registrador1", List.of(sale("100", "1")))
                .bytes(),
            StandardCharsets.UTF_8);
    assertThat(bytes)
        .startsWith("{\"entries\":[{\"facts\":")
        .endsWith(
            "],\"filing\":\"CUN-2026-000123\",\"purpose\":\"rppc.qroo.gob.mx/inscripcion\","
                + "\"registrar\":\"registrador1\"}");
  }

  @Test
  void theStatementReadsInPlainSpanish() {
    assertThat(sale("100", "1500000").inPlainWords())
        .containsExactly(
            "Folio CUN-FR-000042, asiento 2: Compraventa",
            "Titular: Jorge Pérez Hernández (PEHJ900215HQRRRN00), 100 %",
            "Valor del acto: $1,500,000.00 MXN",
            "Escritura 4512 del 2026-11-20, ante Notaría 3 de Cancún");
  }

  private static byte[] hash(EntryStatement statement, String signer, Instant at) {
    return CanonicalJson.sha256(CanonicalJson.bytes(statement.sealed(signer, at)));
  }
}
