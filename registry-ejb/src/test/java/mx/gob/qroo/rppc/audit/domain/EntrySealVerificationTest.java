package mx.gob.qroo.rppc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntrySealVerificationTest {

  private static final String FOLIO = "CUN-FR-000007";

  /** A hash that is easy to tell apart: its digit repeated 64 times. */
  private static String hash(char digit) {
    return String.valueOf(digit).repeat(64);
  }

  /** An entry as sealed: it stores and gives {@code own}, and names {@code previous}. */
  private static RecordedEntry entry(int sequence, String previous, String own) {
    return new RecordedEntry(FOLIO, sequence, own, previous, own);
  }

  private static SealedEntry seal(int sequence, String own) {
    return new SealedEntry(FOLIO, sequence, own, true);
  }

  /** Three entries chained and sealed. */
  private final List<RecordedEntry> entries =
      new ArrayList<>(
          List.of(
              entry(1, null, hash('1')),
              entry(2, hash('1'), hash('2')),
              entry(3, hash('2'), hash('3'))));

  private final List<SealedEntry> seals =
      new ArrayList<>(List.of(seal(1, hash('1')), seal(2, hash('2')), seal(3, hash('3'))));

  @Test
  void aChainedFolioWhoseEntriesGiveTheirSealsVerifies() {
    EntrySealVerification.Report report = EntrySealVerification.check(entries, seals);

    assertThat(report.intact()).isTrue();
    assertThat(report.entries()).isEqualTo(3);
    assertThat(report.sealed()).isEqualTo(3);
    assertThat(report.unsealed()).isEmpty();
  }

  @Test
  void anEntryWhoseBytesNoLongerGiveItsSealIsAltered() {
    // a superuser changed the act's value and wrote the new hash beside it: the log still holds
    // the old one
    entries.set(1, new RecordedEntry(FOLIO, 2, hash('9'), hash('1'), hash('9')));

    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly(
            "el asiento 2 del folio CUN-FR-000007 fue alterado: su contenido ya no es el que se"
                + " selló en la bitácora");
  }

  @Test
  void aStoredHashChangedWhileTheContentStaysIsReported() {
    entries.set(1, new RecordedEntry(FOLIO, 2, hash('9'), hash('1'), hash('2')));

    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly("el hash guardado con el asiento 2 del folio CUN-FR-000007 fue alterado");
  }

  @Test
  void anEntryThatNamesAnotherPredecessorBreaksTheChain() {
    // sealed so by a faulty writer: its bytes match its seal, but not the entry before it
    entries.set(2, entry(3, hash('8'), hash('3')));

    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly(
            "la cadena del folio CUN-FR-000007 se rompe en el asiento 3: no nombra el hash del"
                + " asiento 2");
  }

  @Test
  void aSealedEntryThatIsGoneWasDeletedWhereverItStood() {
    entries.remove(1);
    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly(
            "el asiento 2 del folio CUN-FR-000007, sellado en la bitácora, ya no existe (borrado)");

    entries.remove(1);
    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly(
            "el asiento 2 del folio CUN-FR-000007, sellado en la bitácora, ya no existe (borrado)",
            "el asiento 3 del folio CUN-FR-000007, sellado en la bitácora, ya no existe (borrado)");
  }

  @Test
  void anEntryWithAHashButNoSealWasWrittenOutsideTheApplication() {
    entries.add(entry(4, hash('3'), hash('4')));

    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly(
            "el asiento 4 del folio CUN-FR-000007 no está sellado en la bitácora (¿escrito por"
                + " fuera de la aplicación?)");
  }

  @Test
  void aGapNobodySealedIsStillAMissingEntry() {
    entries.add(entry(5, hash('4'), hash('5')));
    seals.add(seal(5, hash('5')));

    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly("falta el asiento 4 del folio CUN-FR-000007 (borrado)");
  }

  @Test
  void aSealWhoseEventNoLongerGivesItsLeafIsReported() {
    seals.set(0, new SealedEntry(FOLIO, 1, hash('1'), false));

    assertThat(EntrySealVerification.check(entries, seals).problems())
        .containsExactly(
            "el sello del asiento 1 del folio CUN-FR-000007 en la bitácora fue alterado");
  }

  @Test
  void entriesWrittenBeforeSealingAreListedAsUnsealedNotAsProblems() {
    // two entries from before V24 (no hash, no seal), then a sealed one that names no predecessor
    List<RecordedEntry> legacy =
        List.of(
            new RecordedEntry(FOLIO, 1, null, null, hash('a')),
            new RecordedEntry(FOLIO, 2, null, null, hash('b')),
            entry(3, null, hash('3')));

    EntrySealVerification.Report report =
        EntrySealVerification.check(legacy, List.of(seal(3, hash('3'))));

    assertThat(report.intact()).isTrue();
    assertThat(report.unsealed())
        .containsExactly(
            "el asiento 1 del folio CUN-FR-000007", "el asiento 2 del folio CUN-FR-000007");
  }

  @Test
  void eachFolioIsCheckedOnItsOwn() {
    List<RecordedEntry> two = new ArrayList<>(entries);
    two.add(new RecordedEntry("CHE-FR-000001", 1, hash('c'), null, hash('c')));

    assertThat(EntrySealVerification.check(two, seals).problems())
        .containsExactly(
            "el asiento 1 del folio CHE-FR-000001 no está sellado en la bitácora (¿escrito por"
                + " fuera de la aplicación?)");
  }

  @Test
  void anExportedEntryGivesTheHashOfItsBytesAndThePredecessorTheyName() {
    String json =
        "{\"folio\":\"CUN-FR-000007\",\"holders\":[{\"name\":\"\\\"previousHash\\\":\\\""
            + hash('f')
            + "\\\"\"}],\"kind\":\"SALE\",\"previousHash\":\""
            + hash('1')
            + "\",\"sequence\":2}";
    ExportedEntry exported =
        new ExportedEntry(FOLIO, 2, hash('2'), json.getBytes(StandardCharsets.UTF_8));

    ExportedEntry parsed = ExportedEntry.parse(exported.line());
    RecordedEntry recorded = parsed.recorded();

    assertThat(parsed.line()).isEqualTo(exported.line());
    // a holder's name that imitates the member is escaped in canonical JSON: it is not taken
    assertThat(recorded.previousHash()).isEqualTo(hash('1'));
    assertThat(recorded.storedHash()).isEqualTo(hash('2'));
    assertThat(recorded.currentHash())
        .isEqualTo(
            java.util.HexFormat.of().formatHex(sha256(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(ExportedEntry.leavesOf(ExportedEntry.header(120))).isEqualTo(120);
    assertThat(ExportedEntry.leavesOf(exported.line())).isEqualTo(-1);
  }

  @Test
  void aLeafWhoseEventSealsAnEntryGivesTheSealAndWhetherItStillMatches() {
    LoggedEvent event =
        new LoggedEvent(
            9,
            java.time.Instant.parse("2026-12-03T10:00:00Z"),
            "registrador1",
            "",
            "-",
            "CREATE",
            "ENTRY",
            FOLIO + "/2",
            null,
            "SUCCESS",
            "asiento-77",
            "Asiento sellado en la bitácora",
            null,
            hash('2'));
    ExportedLeaf leaf = ExportedLeaf.of(4, event.leafHash(), event);
    ExportedLeaf altered = ExportedLeaf.of(4, MerkleHash.leaf(new byte[] {1}), event);

    assertThat(new String(event.canonicalBytes(), StandardCharsets.UTF_8))
        .contains(
            ",\"detail\":\"Asiento sellado en la bitácora\",\"entryHash\":\""
                + hash('2')
                + "\",\"id\":9,");
    assertThat(leaf.seal()).contains(new SealedEntry(FOLIO, 2, hash('2'), true));
    assertThat(altered.seal()).contains(new SealedEntry(FOLIO, 2, hash('2'), false));
    LoggedEvent read =
        new LoggedEvent(
            10,
            java.time.Instant.parse("2026-12-03T10:00:00Z"),
            "registrador1",
            "registrador",
            "10.0.0.7",
            "READ",
            "FOLIO",
            FOLIO,
            null,
            "SUCCESS",
            "req-1",
            null,
            null,
            null);
    assertThat(ExportedLeaf.of(5, read.leafHash(), read).seal()).isEmpty();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
