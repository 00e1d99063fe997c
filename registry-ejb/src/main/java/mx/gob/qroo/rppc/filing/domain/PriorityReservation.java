package mx.gob.qroo.rppc.filing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;

/**
 * The priority a preventive notice reserves: a filing of the deed that a notice in force on one of
 * its folios announced takes the priority of the filing that presented the notice (and a second
 * notice of the same deed, the first one's).
 */
public final class PriorityReservation {

  private PriorityReservation() {}

  /**
   * The earliest priority reserved for {@code deed} on {@code folios} as of {@code at}, when it is
   * earlier than {@code at}; empty when the filing keeps its own reception instant.
   *
   * @param filings the filing of an entry number, to read the priority its notice reserved
   */
  public static Optional<Instant> reservedFor(
      Deed deed,
      Instant at,
      Collection<Folio> folios,
      Function<EntryNumber, Optional<Filing>> filings) {
    if (deed == null) {
      return Optional.empty();
    }
    return folios.stream()
        .flatMap(folio -> folio.stateAsOf(at).notices().stream())
        .filter(notice -> deed.sameDeedAs(notice.facts().deed()))
        .map(RegistryEntry::filingEntryNumber)
        .filter(Objects::nonNull)
        .map(number -> filings.apply(EntryNumber.parse(number)))
        .flatMap(Optional::stream)
        .map(Filing::priorityAt)
        .filter(priority -> priority.isBefore(at))
        .min(Comparator.naturalOrder());
  }
}
