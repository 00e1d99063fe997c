package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors the JAX-RS runtime raises itself (unknown path, wrong method, unreadable body). */
@Provider
public class WebApplicationExceptionMapper extends ProblemResponses
    implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response.Status status =
        Response.Status.fromStatusCode(e.getResponse().getStatus()) == null
            ? Response.Status.BAD_REQUEST
            : Response.Status.fromStatusCode(e.getResponse().getStatus());
    if (status == Response.Status.BAD_REQUEST) {
      return respond(
          Problem.of(
              "cuerpo-ilegible",
              "Cuerpo de la solicitud ilegible",
              status,
              "El cuerpo no es JSON válido o no tiene la forma esperada."));
    }
    return respond(Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status, null));
  }
}
