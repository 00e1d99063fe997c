package mx.gob.qroo.rppc.web.maps.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mx.gob.qroo.rppc.audit.application.DeniedAccessLog;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Violation;

/**
 * The map's data errors as {@code {"mensaje": ...}} in plain Spanish, which the page shows as it
 * is: 400 for a bad request (an invalid value), 403 (logged as a denied access), 404; anything else
 * a 500 that says nothing of the internals.
 */
@Provider
public class MapDataErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(MapDataErrors.class.getName());

  @Inject DeniedAccessLog deniedAccesses;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = thrown;
    while (e instanceof EJBException
        && !(e instanceof EJBAccessException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof WebApplicationException w) {
      return answer(w.getResponse().getStatus(), "solicitud no válida");
    }
    if (e instanceof ResourceNotFoundException) {
      return answer(404, e.getMessage());
    }
    if (e instanceof InvalidRequestException invalid) {
      return answer(
          400,
          invalid.violations().stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
    if (e instanceof EJBAccessException) {
      deniedAccesses.record(
          AccessAction.READ,
          ResourceType.PARCEL,
          null,
          request.getMethod() + " " + request.getRequestURI());
      return answer(403, "su función no permite esta consulta");
    }
    LOG.log(Level.SEVERE, "map data request failed", thrown);
    return answer(500, "ocurrió un error inesperado; intente de nuevo");
  }

  private static Response answer(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("mensaje", message).build())
        .build();
  }
}
