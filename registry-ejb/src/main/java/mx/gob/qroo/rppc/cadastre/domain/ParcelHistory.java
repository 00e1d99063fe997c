package mx.gob.qroo.rppc.cadastre.domain;

import java.time.Instant;
import java.util.List;

/**
 * Every version of the parcels a cadastral key has been part of, through resurveys, subdivisions
 * and mergers in both directions (what it came from, what it became), and the events that link
 * them.
 */
public record ParcelHistory(String cadastralKey, List<Parcel> versions, List<Event> events) {

  /** Version {@code parentId} was replaced by (or went into) version {@code childId}. */
  public record Event(long parentId, long childId, String event, Instant occurredAt) {}
}
