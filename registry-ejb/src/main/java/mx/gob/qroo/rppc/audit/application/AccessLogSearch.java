package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.AccessHistory;
import mx.gob.qroo.rppc.audit.domain.AccessLogQuery;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.domain.CsvLine;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.SearchAnswer;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Auditors search the access log by actor, resource, action and period (a resource's whole access
 * history is a search by its type and id) and export what they found as CSV. Each search and each
 * export is itself an access event naming the query.
 */
@Stateless
@RolesAllowed(Role.AUDITOR)
public class AccessLogSearch {

  /** A page of results. */
  public record Results(AccessLogQuery query, List<LoggedEvent> events, long total, int offset)
      implements AuditedResource, SearchAnswer {
    @Override
    public List<?> items() {
      return events;
    }

    @Override
    public String auditResourceId() {
      return query.describe();
    }
  }

  /** An export done. */
  public record Exported(AccessLogQuery query) implements AuditedResource {
    @Override
    public String auditResourceId() {
      return query.describe();
    }
  }

  static final String CSV_HEADER =
      "id,occurredAt,actor,actorSubject,roles,clientAddress,action,resourceType,resourceId,"
          + "justification,outcome,requestId,detail";

  @Inject AccessHistory history;

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.ACCESS_LOG)
  public Results search(AccessLogQuery query, int offset, int limit) {
    Violations.requirePage(offset, limit, 1000);
    if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
      throw new InvalidRequestException(
          List.of(new Violation("to", "el fin del periodo debe ser posterior a su inicio")));
    }
    return new Results(query, history.find(query, offset, limit), history.count(query), offset);
  }

  /** Every matching event, oldest first, as CSV (RFC 4180, UTF-8, instants in UTC). */
  @Audited(action = AccessAction.EXPORT, resource = ResourceType.ACCESS_LOG)
  public Exported exportCsv(AccessLogQuery query, OutputStream out) {
    try {
      Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      csv.write(CSV_HEADER + "\r\n");
      history.each(
          query,
          e -> {
            try {
              csv.write(row(e));
            } catch (IOException failed) {
              throw new UncheckedIOException(failed);
            }
          });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Exported(query);
  }

  static String row(LoggedEvent e) {
    return CsvLine.of(
        Long.toString(e.id()),
        e.occurredAt().toString(),
        e.actor(),
        e.actorSubject(),
        e.roles(),
        e.clientAddress(),
        e.action(),
        e.resourceType(),
        e.resourceId(),
        e.justification(),
        e.outcome(),
        e.requestId(),
        e.detail());
  }
}
