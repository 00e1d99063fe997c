package mx.gob.qroo.rppc.web.audit.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import mx.gob.qroo.rppc.audit.application.PublicAuditLog;

/**
 * Anonymous: the latest signed checkpoint of the access log (C2SP signed-note of a tlog-checkpoint)
 * and the registry's verifier key, as plain text, so that anyone can keep copies and later check
 * that the log only ever grew.
 */
@Path("/public/audit")
@Produces("text/plain; charset=utf-8")
public class PublicAuditLogResource {

  @Inject PublicAuditLog log;

  @PermitAll
  @GET
  @Path("/checkpoint")
  public Response checkpoint() {
    String note =
        log.latestCheckpoint()
            .orElseThrow(() -> new NotFoundException("la bitácora aún no tiene punto de control"));
    CacheControl cache = new CacheControl();
    cache.setNoCache(true);
    return Response.ok(note).cacheControl(cache).build();
  }

  @PermitAll
  @GET
  @Path("/key")
  public String key() {
    return log.verifierKey() + "\n";
  }
}
