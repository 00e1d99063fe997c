package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not of the expected shape, is the client's mistake: 400. */
@Provider
public class UnreadableBodyMapper extends ProblemResponses
    implements ExceptionMapper<ProcessingException> {

  static Problem unreadableBody() {
    return Problem.of(
        "cuerpo-ilegible",
        "Cuerpo de la solicitud ilegible",
        Response.Status.BAD_REQUEST,
        "El cuerpo no es JSON válido o no tiene la forma esperada.");
  }

  @Override
  public Response toResponse(ProcessingException e) {
    return respond(unreadableBody());
  }
}
