package mx.gob.qroo.rppc.filing.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.ConflictException;

/**
 * Prelación: on a folio, filings are resolved in order of their priority instant and, at the same
 * instant, of their entry numbers; a filing is not inscribed while an earlier one on any of its
 * folios is still pending.
 */
public final class Prelacion {

  /**
   * Earlier first: by priority instant, then by entry number. A total order: it is zero only for
   * the same filing, so sorting and searching with it keep the Comparator contract.
   */
  public static final Comparator<Filing> ORDER =
      Comparator.comparing(Filing::priorityAt).thenComparing(Filing::entryNumber);

  private Prelacion() {}

  /** The filings among {@code candidates} that hold {@code filing} back, earliest first. */
  public static List<Filing> earlierPending(Filing filing, Collection<Filing> candidates) {
    return candidates.stream()
        .filter(other -> other.status().isPending())
        .filter(other -> !Collections.disjoint(other.folioNumbers(), filing.folioNumbers()))
        .filter(other -> ORDER.compare(other, filing) < 0)
        .sorted(ORDER)
        .toList();
  }

  /** The refusal to inscribe {@code filing} ahead of {@code earlier}: 409 …/prelacion. */
  public static ConflictException refusal(Filing filing, List<Filing> earlier) {
    return new ConflictException(
        "prelacion",
        "No puede inscribirse "
            + filing.entryNumber()
            + " mientras estén pendientes solicitudes anteriores sobre el mismo folio.",
        earlier.stream().map(other -> other.entryNumber().toString()).toList());
  }
}
