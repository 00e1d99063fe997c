package mx.gob.qroo.rppc.filing.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.shared.domain.ConflictException;

/**
 * Prelación: on a folio, filings are resolved in order of their priority instant and, at the same
 * instant, of their entry numbers; a filing is not inscribed while an earlier one on any of its
 * folios is still pending. A certificate request writes no entry, so it is outside that order: it
 * holds no later deed back and is held back by none, suspended or not; the certificate reports the
 * filings pending on its folio instead ({@link #reportedBy}).
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
    if (!writesEntries(filing)) {
      return List.of();
    }
    return pendingDeedsSharingAFolio(filing, candidates)
        .filter(other -> ORDER.compare(other, filing) < 0)
        .toList();
  }

  /**
   * What a certificate request reports: the filings among {@code candidates} that write entries and
   * are pending on one of its folios, earlier or later than it, in prelación order.
   */
  public static List<Filing> reportedBy(Filing certificateRequest, Collection<Filing> candidates) {
    return pendingDeedsSharingAFolio(certificateRequest, candidates).toList();
  }

  private static Stream<Filing> pendingDeedsSharingAFolio(
      Filing filing, Collection<Filing> candidates) {
    return candidates.stream()
        .filter(other -> !other.entryNumber().equals(filing.entryNumber()))
        .filter(other -> other.status().isPending())
        .filter(Prelacion::writesEntries)
        .filter(other -> !Collections.disjoint(other.folioNumbers(), filing.folioNumbers()))
        .sorted(ORDER);
  }

  private static boolean writesEntries(Filing filing) {
    return filing.procedureType().entryKind() != null;
  }

  /**
   * The refusal to inscribe {@code filing} ahead of {@code earlier}: 409 …/prelacion. Priority is
   * judged per folio: the message says, for each of its folios held back, by which filings.
   */
  public static ConflictException refusal(Filing filing, List<Filing> earlier) {
    StringBuilder perFolio = new StringBuilder();
    for (String folio : filing.folioNumbers().stream().sorted().toList()) {
      List<String> holding =
          earlier.stream()
              .filter(other -> other.folioNumbers().contains(folio))
              .map(other -> other.entryNumber().toString())
              .toList();
      if (!holding.isEmpty()) {
        perFolio
            .append(perFolio.length() == 0 ? " " : "; ")
            .append("sobre ")
            .append(folio)
            .append(": ")
            .append(String.join(", ", holding));
      }
    }
    return new ConflictException(
        "prelacion",
        "No puede inscribirse "
            + filing.entryNumber()
            + " mientras estén pendientes solicitudes anteriores sobre el mismo folio:"
            + perFolio
            + ".",
        earlier.stream().map(other -> other.entryNumber().toString()).toList());
  }
}
