package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.ConflictException;

/**
 * 409 with a problem type naming the rule (…/prelacion, …/transicion-invalida); a prelación refusal
 * lists the earlier pending entry numbers in {@code earlierPending}.
 */
@Provider
public class ConflictMapper extends ProblemResponses implements ExceptionMapper<ConflictException> {

  @Override
  public Response toResponse(ConflictException e) {
    return respond(
        Problem.of(
                e.kind(),
                "Conflicto con el estado del registro",
                Response.Status.CONFLICT,
                e.getMessage())
            .withEarlierPending(e.earlierPending()));
  }
}
