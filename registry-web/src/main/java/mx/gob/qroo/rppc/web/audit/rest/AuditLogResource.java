package mx.gob.qroo.rppc.web.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import mx.gob.qroo.rppc.audit.application.AccessLogSearch;
import mx.gob.qroo.rppc.audit.application.AuditLogProofs;
import mx.gob.qroo.rppc.audit.application.AuditLogVerification;
import mx.gob.qroo.rppc.audit.domain.AccessLogQuery;
import mx.gob.qroo.rppc.folio.application.EntryExport;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * For auditors: the access events searched and exported as CSV, a leaf of the log with its
 * canonical bytes, RFC 9162 inclusion and consistency proofs (hashes in base64), a checkpoint
 * signed on demand, the online verification and the standalone verifier's export.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  @Inject AuditLogProofs proofs;
  @Inject AuditLogVerification verification;
  @Inject AccessLogSearch search;
  @Inject EntryExport entryExport;

  /** Access events by actor, resource, action and period [from, to), newest first. */
  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/events")
  public AccessLogSearch.Results events(
      @QueryParam("actor") String actor,
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resourceId") String resourceId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return search.search(
        EventFilter.query(actor, resourceType, resourceId, action, from, to), offset, limit);
  }

  /** The same search, every matching event oldest first, as CSV. */
  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/events/export")
  @Produces("text/csv; charset=utf-8")
  public StreamingOutput eventsCsv(
      @QueryParam("actor") String actor,
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resourceId") String resourceId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AccessLogQuery query = EventFilter.query(actor, resourceType, resourceId, action, from, to);
    return out -> search.exportCsv(query, out);
  }

  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/leaves/{index}")
  public AuditLogProofs.LeafView leaf(@PathParam("index") long index) {
    return proofs.leaf(index);
  }

  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/proofs/inclusion")
  public AuditLogProofs.Proof inclusion(
      @QueryParam("index") Long index, @QueryParam("treeSize") Long treeSize) {
    return proofs.inclusion(required("index", index), required("treeSize", treeSize));
  }

  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/proofs/consistency")
  public AuditLogProofs.Proof consistency(
      @QueryParam("from") Long from, @QueryParam("to") Long to) {
    return proofs.consistency(required("from", from), required("to", to));
  }

  @RolesAllowed(Role.AUDITOR)
  @POST
  @Path("/checkpoints")
  @Produces("text/plain; charset=utf-8")
  public String checkpointNow() {
    return proofs.checkpointNow();
  }

  /** The whole log checked against every stored checkpoint. */
  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/verification")
  public AuditLogVerification.Verdict verification() {
    return verification.verify();
  }

  /**
   * Leaves {@code [from, to)} in the standalone verifier's format (one tab-separated line each).
   */
  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/export/leaves")
  @Produces("text/tab-separated-values; charset=utf-8")
  public StreamingOutput leaves(
      @QueryParam("from") @DefaultValue("0") long from,
      @QueryParam("to") @DefaultValue("9223372036854775807") long to) {
    return out -> verification.exportLeaves(from, to, out);
  }

  /**
   * Every entry (asiento) as the database holds it now, in the verifier's format (a header line
   * with the log's size, then one tab-separated line per entry). Export it before the checkpoints
   * and the leaves, so that these cover every seal it counts on.
   */
  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/export/entries")
  @Produces("text/tab-separated-values; charset=utf-8")
  public StreamingOutput entries() {
    return entryExport::export;
  }

  /** Every signed checkpoint, each followed by a line "~" (the verifier's format). */
  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/export/checkpoints")
  @Produces("text/plain; charset=utf-8")
  public String checkpoints() {
    return verification.exportCheckpoints();
  }

  private static long required(String name, Long value) {
    if (value == null) {
      throw InvalidRequestException.of(name, "falta el parámetro " + name);
    }
    return value;
  }
}
