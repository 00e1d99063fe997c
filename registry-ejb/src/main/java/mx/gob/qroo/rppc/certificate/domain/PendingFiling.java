package mx.gob.qroo.rppc.certificate.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A filing still pending on the folio when a certificate was issued: a certificate request is not
 * held back by them (prelación), it reports them, so whoever relies on it knows what may yet be
 * inscribed ahead of a later deed. Stored with the certificate, since no entry records it.
 */
public record PendingFiling(String entryNumber, String procedure, Instant priorityAt) {

  private static final String SEPARATOR = "\t";

  public PendingFiling {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(priorityAt, "priorityAt");
  }

  /**
   * {@code CUN-2026-000123, Compraventa, con prelación desde el …}; {@code when} writes instants.
   */
  public String describe(Function<Instant, String> when) {
    return entryNumber + ", " + procedure + ", con prelación desde el " + when.apply(priorityAt);
  }

  /** As the certificate's row keeps it: entry number, procedure and instant, tab-separated. */
  public String stored() {
    return entryNumber + SEPARATOR + procedure + SEPARATOR + priorityAt;
  }

  public static PendingFiling parse(String stored) {
    String[] fields = stored.split(SEPARATOR, -1);
    if (fields.length != 3) {
      throw new IllegalArgumentException("solicitud pendiente mal guardada: " + stored);
    }
    return new PendingFiling(fields[0], fields[1], Instant.parse(fields[2]));
  }
}
