package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;

/** Anything unforeseen: logged with the request id, answered as a 500 without internals. */
@Provider
public class UnexpectedErrorMapper extends ProblemResponses implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Inject RequestOrigin origin;

  @Override
  public Response toResponse(Throwable e) {
    LOG.log(Level.SEVERE, "Unexpected error in request " + origin.requestId(), e);
    return respond(
        Problem.of(
            "error-interno",
            "Error interno",
            Response.Status.INTERNAL_SERVER_ERROR,
            "Ocurrió un error inesperado; nada se guardó. Referencia: " + origin.requestId()));
  }
}
