package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.TooManyRequestsException;

/** A client past its budget of public requests: 429, and how long to wait. */
@Provider
public class TooManyRequestsMapper extends ProblemResponses
    implements ExceptionMapper<TooManyRequestsException> {

  @Override
  public Response toResponse(TooManyRequestsException e) {
    Response problem =
        respond(Problem.of("demasiadas-consultas", "Demasiadas consultas", 429, e.getMessage()));
    return Response.fromResponse(problem)
        .header("Retry-After", e.retryAfterSeconds())
        .header("Cache-Control", "no-store")
        .build();
  }
}
