package mx.gob.qroo.rppc.folio.domain;

import java.util.List;
import java.util.Optional;

public interface FolioRepository {

  void store(Folio folio);

  void store(RegistryEntry entry);

  Optional<Folio> find(FolioNumber number);

  /** The folio locked for writing until the transaction ends, so entries append one at a time. */
  Optional<Folio> findForUpdate(FolioNumber number);

  /** Folios whose cadastral key, holder CURP/RFC or company name match; at most {@code limit}. */
  List<Folio> search(FolioSearch criteria, int limit);
}
