package mx.gob.qroo.rppc.folio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.folio.domain.EntryKind.Effect;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;

/**
 * The state of a folio at an instant, derived only from the entries signed up to that instant:
 * holders, encumbrances, preventive notices and powers in force, and whether a company is
 * dissolved. The same entries and instant always give the same state.
 */
public record FolioState(
    Instant asOf,
    List<Holder> holders,
    List<RegistryEntry> encumbrances,
    List<RegistryEntry> notices,
    List<RegistryEntry> powers,
    boolean dissolved,
    List<RegistryEntry> entries) {

  static FolioState of(List<RegistryEntry> allEntries, Instant asOf) {
    List<RegistryEntry> signed =
        allEntries.stream().filter(e -> !e.signedAt().isAfter(asOf)).toList();
    Set<Integer> cancelled = new HashSet<>();
    List<Holder> holders = List.of();
    boolean dissolved = false;
    for (RegistryEntry entry : signed) {
      Effect effect = entry.kind().effect();
      if (effect == Effect.CANCELS) {
        cancelled.add(entry.refersToSequence());
      }
      if (!entry.holders().isEmpty()
          && (effect == Effect.ESTABLISHES_HOLDERS
              || effect == Effect.RECTIFIES
              || effect == Effect.RECORDS)) {
        holders = entry.holders();
      }
      dissolved |= effect == Effect.DISSOLVES;
    }
    LocalDate day = RegistryTime.local(asOf).toLocalDate();
    List<RegistryEntry> standing =
        signed.stream().filter(e -> !cancelled.contains(e.sequence())).toList();
    return new FolioState(
        asOf,
        holders,
        standing.stream().filter(e -> e.kind().effect() == Effect.ENCUMBERS).toList(),
        standing.stream()
            .filter(
                e ->
                    e.kind().effect() == Effect.GIVES_NOTICE
                        && !e.facts().expiresOn().isBefore(day))
            .toList(),
        standing.stream().filter(e -> e.kind().effect() == Effect.EMPOWERS).toList(),
        dissolved,
        signed);
  }

  /** Whether a lien, notice or power is in force in this state. */
  public boolean inForce(RegistryEntry entry) {
    return Stream.of(encumbrances, notices, powers)
        .flatMap(List::stream)
        .anyMatch(e -> e.sequence() == entry.sequence());
  }

  /** Free of liens and notices (libre de gravámenes). */
  public boolean unencumbered() {
    return encumbrances.isEmpty() && notices.isEmpty();
  }
}
