package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;

@Provider
public class ResourceNotFoundMapper extends ProblemResponses
    implements ExceptionMapper<ResourceNotFoundException> {

  @Override
  public Response toResponse(ResourceNotFoundException e) {
    return respond(
        Problem.of("no-encontrado", "No encontrado", Response.Status.NOT_FOUND, e.getMessage()));
  }
}
