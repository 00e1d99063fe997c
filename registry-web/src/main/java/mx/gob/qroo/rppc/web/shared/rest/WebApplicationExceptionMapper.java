package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Errors the JAX-RS runtime raises itself (unknown path, wrong method or media type, bad body). */
@Provider
public class WebApplicationExceptionMapper extends ProblemResponses
    implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int code = e.getResponse().getStatus();
    if (code == Response.Status.BAD_REQUEST.getStatusCode()) {
      return respond(UnreadableBodyMapper.unreadableBody());
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    return respond(
        new Problem(
            Problem.TYPE_BASE + "http-" + code,
            status.getReasonPhrase(),
            code,
            null,
            null,
            List.of(),
            null));
  }
}
