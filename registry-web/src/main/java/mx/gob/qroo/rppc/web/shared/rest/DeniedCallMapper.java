package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.audit.application.DeniedAccessLog;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;

/**
 * A call refused for want of a role, wherever it was refused (the resource's own {@code
 * RolesAllowed}, or the application service's): 403, and the attempt in the access log.
 */
public abstract class DeniedCallMapper<E extends Throwable> extends ProblemResponses
    implements ExceptionMapper<E> {

  private static final Logger LOG = Logger.getLogger(DeniedCallMapper.class.getName());

  /** The API's first path segment and the resource it serves. */
  private static final Map<String, ResourceType> RESOURCES =
      Map.ofEntries(
          Map.entry("filings", ResourceType.FILING),
          Map.entry("folios", ResourceType.FOLIO),
          Map.entry("layers", ResourceType.LAYER),
          Map.entry("plans", ResourceType.PLAN),
          Map.entry("parcels", ResourceType.PARCEL),
          Map.entry("ogc", ResourceType.PARCEL),
          Map.entry("tiles", ResourceType.PARCEL),
          Map.entry("audit", ResourceType.ACCESS_LOG),
          Map.entry("staff", ResourceType.STAFF_MEMBER),
          Map.entry("certificates", ResourceType.CERTIFICATE),
          Map.entry("documents", ResourceType.DOCUMENT),
          Map.entry("search", ResourceType.DOCUMENT),
          Map.entry("legacy-records", ResourceType.LEGACY_RECORD),
          Map.entry("legacy-batches", ResourceType.LEGACY_BATCH));

  @Inject DeniedAccessLog deniedAccesses;
  @Context Request request;

  @Override
  public Response toResponse(E e) {
    record();
    return respond(
        Problem.of(
            "acceso-denegado",
            "Acceso denegado",
            Response.Status.FORBIDDEN,
            "Su rol no permite esta operación."));
  }

  private void record() {
    String path = uriInfo.getPath().replaceFirst("^/", "");
    String method = request.getMethod();
    AccessAction action =
        switch (method) {
          case "GET", "HEAD" -> AccessAction.READ;
          case "POST" -> AccessAction.CREATE;
          default -> AccessAction.UPDATE;
        };
    ResourceType type = RESOURCES.getOrDefault(path.split("/")[0], ResourceType.FILING);
    try {
      deniedAccesses.record(action, type, "/api/" + path, method + " /api/" + path);
    } catch (RuntimeException failure) {
      // the refusal stands either way; the server log keeps what the access log could not
      LOG.log(Level.SEVERE, "no se pudo registrar un acceso denegado a /api/" + path, failure);
    }
  }
}
