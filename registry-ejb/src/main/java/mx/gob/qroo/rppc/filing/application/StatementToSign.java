package mx.gob.qroo.rppc.filing.application;

import java.util.List;
import mx.gob.qroo.rppc.folio.domain.EntryStatement;

/**
 * What a registrar is asked to sign to inscribe a filing: the exact bytes and the entries they
 * state, to be shown in plain words.
 */
public record StatementToSign(byte[] toBeSigned, List<EntryStatement> entries) {

  public StatementToSign {
    toBeSigned = toBeSigned.clone();
    entries = List.copyOf(entries);
  }

  @Override
  public byte[] toBeSigned() {
    return toBeSigned.clone();
  }
}
