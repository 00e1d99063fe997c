package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

@ApplicationScoped
public class SqlAccessLog implements AccessLog {

  private static final String APPEND =
      "insert into audit.access_event (occurred_at, actor, roles, client_address, action,"
          + " resource_type, resource_id, outcome, request_id, detail, justification, actor_subject)"
          + " values (cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = "java:jboss/datasources/RegistryDS")
  private DataSource dataSource;

  /**
   * Written now, inside the caller's container transaction (whose connection the datasource hands
   * out, the one JPA uses too): if the row cannot be stored, the business change fails with it. One
   * plain JDBC insert: every audited call writes one, and through JPA even a native insert would
   * first open a persistence context for a read that needs none (a map tile, a folio page).
   */
  @Override
  public void append(AccessEvent event) {
    Jdbc.update(
        dataSource,
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
