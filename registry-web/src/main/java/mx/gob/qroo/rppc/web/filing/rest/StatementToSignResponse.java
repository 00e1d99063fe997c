package mx.gob.qroo.rppc.web.filing.rest;

import java.util.Base64;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.StatementToSign;
import mx.gob.qroo.rppc.folio.domain.EntryStatement;

/**
 * Body of {@code GET /api/filings/{entryNumber}/examination/to-be-signed}: the exact bytes to sign
 * (base64) and, in plain words, the entries they state.
 */
public record StatementToSignResponse(String toBeSigned, List<Entry> entries) {

  /** One entry about to be signed: where it goes, the act, and each fact on a line. */
  public record Entry(String folio, int sequence, String act, List<String> inPlainWords) {

    static Entry of(EntryStatement statement) {
      return new Entry(
          statement.folio(),
          statement.sequence(),
          statement.kind().label(),
          statement.inPlainWords());
    }
  }

  static StatementToSignResponse of(StatementToSign statement) {
    return new StatementToSignResponse(
        Base64.getEncoder().encodeToString(statement.toBeSigned()),
        statement.entries().stream().map(Entry::of).toList());
  }
}
