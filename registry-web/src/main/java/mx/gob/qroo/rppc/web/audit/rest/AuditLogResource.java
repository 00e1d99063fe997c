package mx.gob.qroo.rppc.web.audit.rest;

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
import mx.gob.qroo.rppc.audit.application.AuditLogProofs;
import mx.gob.qroo.rppc.audit.application.AuditLogVerification;

/**
 * For auditors: a leaf of the log with its canonical bytes, RFC 9162 inclusion and consistency
 * proofs (hashes in base64), and a checkpoint signed on demand.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  @Inject AuditLogProofs proofs;
  @Inject AuditLogVerification verification;

  @GET
  @Path("/leaves/{index}")
  public AuditLogProofs.LeafView leaf(@PathParam("index") long index) {
    return proofs.leaf(index);
  }

  @GET
  @Path("/proofs/inclusion")
  public AuditLogProofs.Proof inclusion(
      @QueryParam("index") Long index, @QueryParam("treeSize") Long treeSize) {
    return proofs.inclusion(required("index", index), required("treeSize", treeSize));
  }

  @GET
  @Path("/proofs/consistency")
  public AuditLogProofs.Proof consistency(
      @QueryParam("from") Long from, @QueryParam("to") Long to) {
    return proofs.consistency(required("from", from), required("to", to));
  }

  @POST
  @Path("/checkpoints")
  @Produces("text/plain; charset=utf-8")
  public String checkpointNow() {
    return proofs.checkpointNow();
  }

  /** The whole log checked against every stored checkpoint. */
  @GET
  @Path("/verification")
  public AuditLogVerification.Verdict verification() {
    return verification.verify();
  }

  /**
   * Leaves {@code [from, to)} in the standalone verifier's format (one tab-separated line each).
   */
  @GET
  @Path("/export/leaves")
  @Produces("text/tab-separated-values; charset=utf-8")
  public StreamingOutput leaves(
      @QueryParam("from") @DefaultValue("0") long from,
      @QueryParam("to") @DefaultValue("9223372036854775807") long to) {
    return out -> verification.exportLeaves(from, to, out);
  }

  /** Every signed checkpoint, each followed by a line "~" (the verifier's format). */
  @GET
  @Path("/export/checkpoints")
  @Produces("text/plain; charset=utf-8")
  public String checkpoints() {
    return verification.exportCheckpoints();
  }

  private static long required(String name, Long value) {
    if (value == null) {
      throw new IllegalArgumentException("falta el parámetro " + name);
    }
    return value;
  }
}
