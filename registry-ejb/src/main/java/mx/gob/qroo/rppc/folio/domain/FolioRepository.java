package mx.gob.qroo.rppc.folio.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import mx.gob.qroo.rppc.shared.domain.Office;

public interface FolioRepository {

  void store(Folio folio);

  void store(RegistryEntry entry);

  /** An inscription's e.firma signature, before the entries that carry it. */
  void store(EntrySignature signature);

  Optional<Folio> find(FolioNumber number);

  /** Every entry of every folio, by folio number and sequence, to {@code sink}. */
  void forEachEntry(Consumer<RegistryEntry> sink);

  boolean exists(FolioNumber number);

  /** The folio locked for writing until the transaction ends, so entries append one at a time. */
  Optional<Folio> findForUpdate(FolioNumber number);

  /** Those of {@code among} with at least one entry of {@code kind}, signed at any time. */
  List<Folio> withEntriesOf(EntryKind kind, List<Folio> among);

  /**
   * Folios of the given offices whose cadastral key, holder CURP/RFC or company name (a part of it,
   * taken literally) match; at most {@code limit}.
   */
  List<Folio> search(FolioSearch criteria, Collection<Office> offices, int limit);
}
