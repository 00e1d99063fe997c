package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A value object or entity refused a value (the domain's convention for bad input, with a Spanish
 * message): 400, and the transaction was rolled back.
 */
@Provider
public class IllegalArgumentMapper extends ProblemResponses
    implements ExceptionMapper<IllegalArgumentException> {

  @Override
  public Response toResponse(IllegalArgumentException e) {
    return respond(
        Problem.of(
            "solicitud-invalida",
            "Solicitud inválida",
            Response.Status.BAD_REQUEST,
            e.getMessage()));
  }
}
