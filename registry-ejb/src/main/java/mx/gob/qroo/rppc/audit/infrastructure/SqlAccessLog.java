package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;
import mx.gob.qroo.rppc.shared.infrastructure.Database;

@ApplicationScoped
public class SqlAccessLog implements AccessLog {

  private static final String APPEND =
      "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
          + " resource_type, resource_id, outcome, request_id, detail, justification, actor_subject)"
          + " values (cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Inject Database database;

  /**
   * Written now, inside the caller's container transaction (whose connection the datasource hands
   * out, the one JPA uses too): if the row cannot be stored, the business change fails with it. One
   * plain JDBC insert: every audited call writes one, and through JPA even a native insert would
   * first open a persistence context for a read that needs none (a map tile, a folio page).
   */
  @Override
  public void append(AccessEvent event) {
    database.update(
        "no se pudo registrar el acceso en la bitácora",
        APPEND,
        event.occurredAt().toString(),
        event.actor(),
        event.roles(),
        event.clientAddress(),
        event.action().name(),
        event.resourceType().name(),
        event.resourceId(),
        event.outcome(),
        event.requestId(),
        event.detail(),
        event.justification(),
        event.actorSubject());
  }
}
