package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.TooBusyException;

/** A read given up for its time limit or for want of a free connection: 503, try again later. */
@Provider
public class TooBusyMapper extends ProblemResponses implements ExceptionMapper<TooBusyException> {

  @Override
  public Response toResponse(TooBusyException e) {
    Response problem =
        respond(
            Problem.of(
                "servicio-ocupado",
                "Servicio ocupado",
                Response.Status.SERVICE_UNAVAILABLE,
                e.getMessage()));
    return Response.fromResponse(problem)
        .header("Retry-After", TooBusyException.RETRY_AFTER_SECONDS)
        .header("Cache-Control", "no-store")
        .build();
  }
}
