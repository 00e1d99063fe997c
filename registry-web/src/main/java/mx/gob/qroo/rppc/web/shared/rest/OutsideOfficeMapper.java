package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.OutsideOfficeException;

/**
 * A clerk or registrar reaching beyond their offices: 403, like a role's refusal. The access log
 * already has the attempt (outcome DENIED, written by the service's interceptor).
 */
@Provider
public class OutsideOfficeMapper extends ProblemResponses
    implements ExceptionMapper<OutsideOfficeException> {

  @Override
  public Response toResponse(OutsideOfficeException e) {
    return respond(
        Problem.of(
            "fuera-de-su-oficina",
            "Fuera de su oficina",
            Response.Status.FORBIDDEN,
            e.getMessage()));
  }
}
