package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

@Provider
public class InvalidRequestMapper extends ProblemResponses
    implements ExceptionMapper<InvalidRequestException> {

  @Override
  public Response toResponse(InvalidRequestException e) {
    return respond(
        Problem.of(
                "solicitud-invalida",
                "Solicitud inválida",
                Response.Status.BAD_REQUEST,
                e.getMessage())
            .withErrors(e.violations()));
  }
}
