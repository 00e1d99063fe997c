package mx.gob.qroo.rppc.web.audit.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AccessLogSearch;
import mx.gob.qroo.rppc.audit.application.AuditLogVerification;
import mx.gob.qroo.rppc.audit.application.PublicAuditLog;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.AccessLogQuery;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.folio.application.EntryExport;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.web.filing.ui.DisplayTimes;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/**
 * The access log for auditors: search by actor, resource, action and period (days in Cancún time)
 * in a plain GET form, so a search is a link an auditor can keep or pass on; a resource's whole
 * history (the links in the results); CSV and verifier exports; and the log's verification against
 * its signed checkpoints.
 */
@Named
@RequestScoped
public class AccessLogPage {

  static final int PAGE = 50;

  @Inject AccessLogSearch search;
  @Inject AuditLogVerification verification;
  @Inject PublicAuditLog publicLog;
  @Inject EntryExport entries;

  private String actor;
  private String resourceType;
  private String resourceId;
  private String action;
  private String fromDay;
  private String toDay;
  private int offset;
  private String export;
  private boolean searched;
  private AccessLogSearch.Results results;
  private AuditLogVerification.Verdict verdict;

  /**
   * Runs the search the URL describes (?buscar=1 and the filters; ?exportar=csv for the CSV of it).
   */
  public void load() {
    AccessLogQuery query = query();
    if (query == null) {
      return;
    }
    if ("csv".equals(export)) {
      Downloads.send(
          "bitacora.csv", "text/csv; charset=utf-8", out -> search.exportCsv(query, out));
    } else {
      results = Messages.attempt(() -> search.search(query, Math.max(0, offset), PAGE));
    }
  }

  /** The leaves and checkpoints in the standalone verifier's two files, one after the other. */
  /** Every entry, for the verifier's {@code --entries}: export it before the leaves. */
  public void exportEntries() {
    Downloads.send(
        "registro-asientos.tsv", "text/tab-separated-values; charset=utf-8", entries::export);
  }

  public void exportLeaves() {
    Downloads.send(
        "bitacora-hojas.tsv",
        "text/tab-separated-values; charset=utf-8",
        out -> verification.exportLeaves(0, Long.MAX_VALUE, out));
  }

  public void exportCheckpoints() {
    Downloads.send(
        "bitacora-puntos-de-control.txt",
        "text/plain; charset=utf-8",
        out -> {
          try {
            out.write(verification.exportCheckpoints().getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public void verify() {
    verdict = Messages.attempt(() -> verification.verify());
  }

  /** The search the parameters describe; null when none was asked for or a filter is wrong. */
  private AccessLogQuery query() {
    if (!searched) {
      return null;
    }
    try {
      return new AccessLogQuery(
          blankToNull(actor),
          blankToNull(resourceType) == null ? null : ResourceType.valueOf(resourceType),
          blankToNull(resourceId),
          blankToNull(action) == null ? null : AccessAction.valueOf(action),
          blankToNull(fromDay) == null ? null : startOf(LocalDate.parse(fromDay)),
          blankToNull(toDay) == null ? null : startOf(LocalDate.parse(toDay).plusDays(1)));
    } catch (DateTimeParseException e) {
      Messages.error("Fecha no válida: se espera AAAA-MM-DD.");
    } catch (IllegalArgumentException e) {
      Messages.error("Filtro no válido: " + e.getMessage());
    }
    return null;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(RegistryTime.ZONE).toInstant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public String latestCheckpoint() {
    return publicLog.latestCheckpoint().orElse("Todavía no hay puntos de control firmados.");
  }

  public String when(LoggedEvent event) {
    return DisplayTimes.of(event.occurredAt());
  }

  public List<ResourceType> getResourceTypes() {
    return List.of(ResourceType.values());
  }

  public List<AccessAction> getActions() {
    return List.of(AccessAction.values());
  }

  public boolean hasNext() {
    return results != null && offset + results.events().size() < results.total();
  }

  /** This search's query string, at another offset or as an export. */
  public String link(int at, String asExport) {
    StringBuilder query = new StringBuilder("buscar=true");
    parameter(query, "actor", actor);
    parameter(query, "tipo", resourceType);
    parameter(query, "id", resourceId);
    parameter(query, "accion", action);
    parameter(query, "desde", fromDay);
    parameter(query, "hasta", toDay);
    parameter(query, "desplazamiento", at > 0 ? Integer.toString(at) : null);
    parameter(query, "exportar", asExport);
    return query.toString();
  }

  private static void parameter(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public int getNextOffset() {
    return offset + PAGE;
  }

  public int getPreviousOffset() {
    return Math.max(0, offset - PAGE);
  }

  public boolean isSearched() {
    return searched;
  }

  public void setSearched(boolean searched) {
    this.searched = searched;
  }

  public String getExport() {
    return export;
  }

  public void setExport(String export) {
    this.export = export;
  }

  public void setOffset(int offset) {
    this.offset = offset;
  }

  public AccessLogSearch.Results getResults() {
    return results;
  }

  public AuditLogVerification.Verdict getVerdict() {
    return verdict;
  }

  public int getOffset() {
    return offset;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getResourceType() {
    return resourceType;
  }

  public void setResourceType(String resourceType) {
    this.resourceType = resourceType;
  }

  public String getResourceId() {
    return resourceId;
  }

  public void setResourceId(String resourceId) {
    this.resourceId = resourceId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String fromDay) {
    this.fromDay = fromDay;
  }

  public String getToDay() {
    return toDay;
  }

  public void setToDay(String toDay) {
    this.toDay = toDay;
  }
}
