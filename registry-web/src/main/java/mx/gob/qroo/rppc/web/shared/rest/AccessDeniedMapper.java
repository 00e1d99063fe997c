package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A caller whose roles an application service refuses gets 403, not the container's 500. */
@Provider
public class AccessDeniedMapper extends ProblemResponses
    implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException e) {
    return respond(
        Problem.of(
            "acceso-denegado",
            "Acceso denegado",
            Response.Status.FORBIDDEN,
            "Su rol no permite esta operación."));
  }
}
