package mx.gob.qroo.rppc.web.audit.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.AccessLogQuery;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** The query parameters of an access-log search, checked all at once. */
final class EventFilter {

  private EventFilter() {}

  static AccessLogQuery query(
      String actor, String resourceType, String resourceId, String action, String from, String to) {
    Violations violations = new Violations();
    ResourceType type =
        violations.parseOptional(
            "resourceType", resourceType, t -> Violations.named(ResourceType.class, t));
    AccessAction verb =
        violations.parseOptional("action", action, a -> Violations.named(AccessAction.class, a));
    Instant start = violations.parseOptional("from", from, EventFilter::instant);
    Instant end = violations.parseOptional("to", to, EventFilter::instant);
    violations.throwIfAny();
    return new AccessLogQuery(blankToNull(actor), type, blankToNull(resourceId), verb, start, end);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "se espera un instante ISO 8601 en UTC: 2026-11-23T06:00:00Z");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
