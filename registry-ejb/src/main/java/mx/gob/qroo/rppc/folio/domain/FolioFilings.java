package mx.gob.qroo.rppc.folio.domain;

import mx.gob.qroo.rppc.shared.domain.EntryNumber;

/**
 * What the folio context needs to know of filings, whose records it does not read: the filing
 * context answers (it depends on folios, not the other way round).
 */
public interface FolioFilings {

  /** Whether the filing of entry number {@code filing} names the folio. */
  boolean namesFolio(EntryNumber filing, FolioNumber folio);
}
