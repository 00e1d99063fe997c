package mx.gob.qroo.rppc.web.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.gob.qroo.rppc.audit.application.AuditLogProofs;

/**
 * For auditors: a leaf of the log with its canonical bytes, RFC 9162 inclusion and consistency
 * proofs (hashes in base64), and a checkpoint signed on demand.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  @Inject AuditLogProofs proofs;

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

  private static long required(String name, Long value) {
    if (value == null) {
      throw new IllegalArgumentException("falta el parámetro " + name);
    }
    return value;
  }
}
