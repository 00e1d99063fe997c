package mx.gob.qroo.rppc.audit.domain;

import java.time.Instant;

/**
 * Which access events an auditor is looking for: by actor, resource (type and id), action and
 * period [from, to). Any field null means any.
 */
public record AccessLogQuery(
    String actor,
    ResourceType resourceType,
    String resourceId,
    AccessAction action,
    Instant from,
    Instant to) {

  /** What the query asks, in words, for the access event that records the search. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    append(text, "actor", actor);
    append(text, "recurso", resourceType == null ? null : resourceType.name());
    append(text, "id", resourceId);
    append(text, "acción", action == null ? null : action.name());
    append(text, "desde", from == null ? null : from.toString());
    append(text, "hasta", to == null ? null : to.toString());
    return text.isEmpty() ? "toda la bitácora" : text.toString();
  }

  private static void append(StringBuilder text, String name, String value) {
    if (value != null) {
      text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value);
    }
  }
}
