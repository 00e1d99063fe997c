package mx.gob.qroo.rppc.folio.domain;

import mx.gob.qroo.rppc.shared.domain.Office;

/** Issues the next folio number of an office and kind, inside the caller's transaction. */
public interface FolioNumberIssuer {

  FolioNumber next(Office office, FolioKind kind);
}
