package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.PreconditionRequiredException;

/**
 * 428 with a problem type naming what the request lacks (…/firma-requerida): it would be allowed
 * with it, and nothing was stored.
 */
@Provider
public class PreconditionRequiredMapper extends ProblemResponses
    implements ExceptionMapper<PreconditionRequiredException> {

  @Override
  public Response toResponse(PreconditionRequiredException e) {
    return respond(Problem.of(e.kind(), "Falta un requisito", 428, e.getMessage()));
  }
}
