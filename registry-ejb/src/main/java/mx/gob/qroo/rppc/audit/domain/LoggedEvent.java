package mx.gob.qroo.rppc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * An access event as the log stores it, and its canonical bytes: the leaf of the Merkle tree.
 *
 * <p>The canonical form is the JSON object of the fields below serialized by RFC 8785 (JSON
 * Canonicalization Scheme): members sorted by name, no whitespace, strings with only the escapes
 * JCS requires, UTF-8. {@code id} is a number; {@code occurredAt} is UTC with exactly six
 * fractional digits ({@code 2026-11-23T06:30:00.123000Z}); absent values are {@code null}. Anyone
 * with a JCS implementation can rebuild the bytes from an exported event and check its leaf hash,
 * SHA-256(0x00 || bytes).
 *
 * <p>{@code actorSubject}, the caller's Keycloak subject, is recorded from migration V12 on; the
 * member is present only when the event has one, so the events logged before keep their bytes. So
 * is {@code entryHash} (migration V25): on the event that seals an entry (resource {@code ENTRY},
 * id {@code <folio>/<sequence>}), the SHA-256 of the entry's canonical bytes, and on the one that
 * seals a lien certificate (resource {@code CERTIFICATE}, id its code; V27), the SHA-256 of the
 * signed PDF; in lowercase hex.
 */
public record LoggedEvent(
    long id,
    Instant occurredAt,
    String actor,
    String roles,
    String clientAddress,
    String action,
    String resourceType,
    String resourceId,
    String justification,
    String outcome,
    String requestId,
    String detail,
    String actorSubject,
    String entryHash)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(id);
  }

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  public LoggedEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The canonical bytes (RFC 8785), members in code-unit order of their names. */
  public byte[] canonicalBytes() {
    StringBuilder json = new StringBuilder(256).append('{');
    member(json, "action", action).append(',');
    member(json, "actor", actor).append(',');
    if (actorSubject != null) {
      member(json, "actorSubject", actorSubject).append(',');
    }
    member(json, "clientAddress", clientAddress).append(',');
    member(json, "detail", detail).append(',');
    if (entryHash != null) {
      member(json, "entryHash", entryHash).append(',');
    }
    json.append("\"id\":").append(id).append(',');
    member(json, "justification", justification).append(',');
    member(json, "occurredAt", INSTANT.format(occurredAt)).append(',');
    member(json, "outcome", outcome).append(',');
    member(json, "requestId", requestId).append(',');
    member(json, "resourceId", resourceId).append(',');
    member(json, "resourceType", resourceType).append(',');
    member(json, "roles", roles);
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** SHA-256(0x00 || canonical bytes). */
  public byte[] leafHash() {
    return MerkleHash.leaf(canonicalBytes());
  }

  private static StringBuilder member(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":");
    if (value == null) {
      return json.append("null");
    }
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
