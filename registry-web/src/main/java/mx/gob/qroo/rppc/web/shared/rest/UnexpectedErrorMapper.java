package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;

/**
 * Anything unforeseen (a bare IllegalArgumentException too: refused requests are typed): logged
 * with the request id, answered as a 500 without internals.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemResponses implements ExceptionMapper<Throwable> {

  /** Optimistic locking lost the race somewhere in the cause chain (possibly wrapped by EJB). */
  private static boolean concurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t.getClass().getName().endsWith("StaleObjectStateException")) {
        return true;
      }
    }
    return false;
  }

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Inject RequestOrigin origin;

  @Override
  public Response toResponse(Throwable e) {
    if (concurrentChange(e)) {
      return respond(
          Problem.of(
              "cambio-concurrente",
              "Cambio concurrente",
              Response.Status.CONFLICT,
              "Otra persona modificó este registro al mismo tiempo; vuelva a consultarlo."));
    }
    LOG.log(Level.SEVERE, "Unexpected error in request " + origin.requestId(), e);
    return respond(internalError(origin.requestId()));
  }

  /**
   * The answer to anything unforeseen, a bare IllegalArgumentException included: built from the
   * request id alone, so no message, class or stack of the exception can reach the client.
   */
  static Problem internalError(String requestId) {
    return Problem.of(
        "error-interno",
        "Error interno",
        Response.Status.INTERNAL_SERVER_ERROR,
        "Ocurrió un error inesperado; nada se guardó. Referencia: " + requestId);
  }
}
