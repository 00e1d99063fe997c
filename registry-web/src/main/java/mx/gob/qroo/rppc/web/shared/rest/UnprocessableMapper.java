package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.UnprocessableException;

/**
 * 422 with a problem type naming the reason (…/certificado-revocado, …/firma-invalida): the request
 * was understood and allowed, what it carried was not accepted, and nothing was stored.
 */
@Provider
public class UnprocessableMapper extends ProblemResponses
    implements ExceptionMapper<UnprocessableException> {

  @Override
  public Response toResponse(UnprocessableException e) {
    return respond(Problem.of(e.kind(), "No se puede aceptar", 422, e.getMessage()));
  }
}
